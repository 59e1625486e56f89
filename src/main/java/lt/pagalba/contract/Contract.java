package lt.pagalba.contract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;

/**
 * A service contract (R13, R15). {@code validTo} null means open-ended; {@code billed} once time was
 * billed under it, after which only its end and its service promise may change. The promise (working
 * minutes to first contact and to resolution, each null when the contract promises nothing faster than
 * the defaults) is read by the service levels through the view {@code contract_service_promise} (V61).
 */
public record Contract(ContractId id, ClientId clientId, String number, LocalDate validFrom, LocalDate validTo,
                       PeriodLength period, int incrementMinutes, int minimumMinutes, List<Allowance> allowances,
                       boolean billed, Integer firstContactMinutes, Integer resolutionMinutes) {

    public Contract {
        allowances = List.copyOf(allowances);
    }

    /** A contract not yet stored: its terms for a client. */
    static Contract of(ContractId id, ClientId clientId, ContractTerms terms) {
        return new Contract(id, clientId, terms.number(), terms.validFrom(), terms.validTo(), terms.period(),
                terms.incrementMinutes(), terms.minimumMinutes(), terms.allowances(), false, terms.firstContactMinutes(),
                terms.resolutionMinutes());
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    boolean validOnAnyDayOf(Period period) {
        return !validFrom.isAfter(period.to()) && (validTo == null || !validTo.isBefore(period.from()));
    }

    /**
     * The contract that governs a period: of those valid on any of its days, the one that started
     * last. So a contract starting or ending mid-period governs the whole period (its included time
     * is not prorated), and a successor starting mid-period takes over from its predecessor. The same
     * rule runs in SQL as {@code contract_governing} (V20), and the tests hold the two to one table.
     */
    public static Optional<Contract> governing(List<Contract> contracts, Period period) {
        return contracts.stream().filter(c -> c.validOnAnyDayOf(period)).max(Comparator.comparing(Contract::validFrom));
    }

    public Optional<Allowance> allowance(WorkCategory category) {
        return allowances.stream().filter(a -> a.category() == category).findFirst();
    }

    /**
     * The contract with new terms. Once time was billed under it, only its end and its service promise
     * may change: the invoices already issued must stay true to the terms they were made under, and the
     * promise bills nothing.
     */
    Contract changedTo(ContractTerms terms) {
        Contract changed = new Contract(id, clientId, terms.number(), terms.validFrom(), terms.validTo(), terms.period(),
                terms.incrementMinutes(), terms.minimumMinutes(), terms.allowances(), billed, terms.firstContactMinutes(),
                terms.resolutionMinutes());
        if (billed && !changed.withValidTo(validTo).sameTermsAs(this)) {
            throw new ConflictException("contract.billedTermsLocked", number);
        }
        return changed;
    }

    /** A contract under which time was billed is kept: it can be ended, not deleted. */
    void requireDeletable() {
        if (billed) {
            throw new ConflictException("contract.billedNoDelete", number);
        }
    }

    private Contract withValidTo(LocalDate end) {
        return new Contract(id, clientId, number, validFrom, end, period, incrementMinutes, minimumMinutes, allowances, billed,
                firstContactMinutes, resolutionMinutes);
    }

    /** The same billing terms, whatever order the allowances were given in. */
    private boolean sameTermsAs(Contract other) {
        return number.equals(other.number) && validFrom.equals(other.validFrom) && period == other.period
                && incrementMinutes == other.incrementMinutes && minimumMinutes == other.minimumMinutes
                && new HashSet<>(allowances).equals(new HashSet<>(other.allowances))
                && Objects.equals(validTo, other.validTo);
    }
}
