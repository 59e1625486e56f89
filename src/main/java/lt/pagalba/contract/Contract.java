package lt.pagalba.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;

/** A service contract. {@code validTo} null means open-ended; {@code billed} once time was billed under it. */
public record Contract(String id, String clientId, String number, LocalDate validFrom, LocalDate validTo,
                       PeriodLength period, int incrementMinutes, int minimumMinutes, List<Allowance> allowances,
                       boolean billed) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The latest of these contracts valid on any day between two days: the one that governs that period. */
    public static Optional<Contract> governing(List<Contract> contracts, LocalDate from, LocalDate to) {
        return contracts.stream().filter(c -> !c.validFrom().isAfter(to) && (c.validTo() == null || !c.validTo().isBefore(from)))
                .max(java.util.Comparator.comparing(Contract::validFrom));
    }

    public Optional<Allowance> allowance(WorkCategory category) {
        return allowances.stream().filter(a -> a.category() == category).findFirst();
    }
}
