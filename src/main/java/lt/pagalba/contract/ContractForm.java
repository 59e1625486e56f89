package lt.pagalba.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.ValidRate;
import lt.pagalba.shared.WorkCategory;

/** A contract as the API and the contract form give it; checked by its annotations, then made {@link ContractTerms}. */
record ContractForm(
        @NotBlank @Size(max = 50) String number,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @NotNull PeriodLength period,
        @Min(1) @Max(480) Integer incrementMinutes,
        @Min(0) @Max(1440) Integer minimumMinutes,
        @Valid @Size(max = 2) List<AllowanceForm> allowances,
        @Min(1) @Max(MOST_PROMISED) Integer firstContactMinutes,
        @Min(1) @Max(MOST_PROMISED) Integer resolutionMinutes) {

    /** A promise is a faster service than the defaults, whose longest target is five working days of 9 hours. */
    static final int MOST_PROMISED = 2700;

    private static final int DEFAULT_INCREMENT = 1;
    private static final int DEFAULT_MINIMUM = 0;

    /** Included minutes per period are at most a year of days; rates have at most two decimals. */
    record AllowanceForm(
            @NotNull WorkCategory category,
            @NotNull @Min(0) @Max(527040) Integer includedMinutes,
            @NotBlank @ValidRate String overageHourlyRate) {
    }

    static ContractForm of(Contract contract) {
        return new ContractForm(contract.number(), contract.validFrom(), contract.validTo(), contract.period(),
                contract.incrementMinutes(), contract.minimumMinutes(), contract.allowances().stream()
                .map(a -> new AllowanceForm(a.category(), a.includedMinutes(), a.overageHourlyRate().text())).toList(),
                contract.firstContactMinutes(), contract.resolutionMinutes());
    }

    /** The terms the valid form gives; rounding defaults to the minute with no minimum. */
    ContractTerms toTerms() {
        return new ContractTerms(number.trim(), validFrom, validTo, period,
                incrementMinutes == null ? DEFAULT_INCREMENT : incrementMinutes,
                minimumMinutes == null ? DEFAULT_MINIMUM : minimumMinutes,
                allowances == null ? List.of() : allowances.stream()
                        .map(a -> new Allowance(a.category(), a.includedMinutes(), Money.parseRate(a.overageHourlyRate())))
                        .toList(), firstContactMinutes, resolutionMinutes);
    }
}
