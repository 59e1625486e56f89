package lt.pagalba.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import lt.pagalba.contract.Allowance;
import lt.pagalba.contract.ContractTerms;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;

/**
 * A service contract for a test, said the way the terms read:
 * {@code aContract().from("2011-01-01").monthly().including(600, CONSULTATION).at("40.00")}. Unless
 * told otherwise it is numbered uniquely, valid from 2020-01-01 with no end, monthly, rounded to the
 * minute with no minimum, and includes nothing.
 */
public final class ContractBuilder {

    private final List<Allowance> allowances = new ArrayList<>();
    private String number = "S-" + UUID.randomUUID().toString().substring(0, 8);
    private LocalDate validFrom = LocalDate.of(2020, 1, 1);
    private LocalDate validTo;
    private PeriodLength period = PeriodLength.MONTH;
    private int increment = 1;
    private int minimum = 0;
    private Integer firstContact;
    private Integer resolution;

    private ContractBuilder() {
    }

    public static ContractBuilder aContract() {
        return new ContractBuilder();
    }

    public ContractBuilder numbered(String number) {
        this.number = number;
        return this;
    }

    public ContractBuilder from(String day) {
        this.validFrom = LocalDate.parse(day);
        return this;
    }

    public ContractBuilder until(String day) {
        this.validTo = LocalDate.parse(day);
        return this;
    }

    public ContractBuilder monthly() {
        this.period = PeriodLength.MONTH;
        return this;
    }

    public ContractBuilder quarterly() {
        this.period = PeriodLength.QUARTER;
        return this;
    }

    /** Each entry rounded up to this many minutes (B1). */
    public ContractBuilder roundedUpTo(int minutes) {
        this.increment = minutes;
        return this;
    }

    /** Each entry billed at least this many minutes (B1). */
    public ContractBuilder atLeast(int minutes) {
        this.minimum = minutes;
        return this;
    }

    /** A service faster than the urgency's defaults: working minutes to first contact and to resolution (either null). */
    public ContractBuilder promising(Integer firstContactMinutes, Integer resolutionMinutes) {
        this.firstContact = firstContactMinutes;
        this.resolution = resolutionMinutes;
        return this;
    }

    /** Minutes of a category included per period; the rate beyond them follows with {@link Including#at}. */
    public Including including(int minutes, WorkCategory category) {
        return new Including(minutes, category);
    }

    /** The half-said allowance: its rate comes next. */
    public final class Including {
        private final int minutes;
        private final WorkCategory category;

        private Including(int minutes, WorkCategory category) {
            this.minutes = minutes;
            this.category = category;
        }

        /** The hourly rate beyond the included minutes, e.g. {@code "40.00"}. */
        public ContractBuilder at(String overageHourlyRate) {
            allowances.add(new Allowance(category, minutes, Money.of(overageHourlyRate)));
            return ContractBuilder.this;
        }
    }

    /** The contract as the API takes it. */
    public String json() {
        return """
                {"number":"%s","validFrom":"%s","validTo":%s,"period":"%s","incrementMinutes":%d,"minimumMinutes":%d,
                 "firstContactMinutes":%s,"resolutionMinutes":%s,"allowances":[%s]}""".formatted(number, validFrom,
                validTo == null ? "null" : "\"" + validTo + "\"", period, increment, minimum, firstContact, resolution,
                allowances.stream().map(a -> """
                        {"category":"%s","includedMinutes":%d,"overageHourlyRate":"%s"}""".formatted(a.category(),
                        a.includedMinutes(), a.overageHourlyRate().text())).collect(Collectors.joining(",")));
    }

    /** The contract as the contract module's service takes it. */
    public ContractTerms terms() {
        return new ContractTerms(number, validFrom, validTo, period, increment, minimum, allowances, firstContact, resolution);
    }
}
