package lt.pagalba.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;

/**
 * What a contract says, as the typed command that creates or changes one: it cannot be built with
 * an end before its start or with a category given twice (the fields are named as the form names them).
 * The service promise, working minutes to first contact and to resolution, is null where the contract
 * promises nothing of its own.
 */
public record ContractTerms(String number, LocalDate validFrom, LocalDate validTo, PeriodLength period,
                            int incrementMinutes, int minimumMinutes, List<Allowance> allowances,
                            Integer firstContactMinutes, Integer resolutionMinutes) {

    public ContractTerms {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(period, "period");
        allowances = List.copyOf(allowances);
        List<FieldProblem> problems = new ArrayList<>();
        if (validTo != null && validTo.isBefore(validFrom)) {
            problems.add(FieldProblem.invalid("validTo", "contract.validTo.beforeFrom"));
        }
        Set<WorkCategory> given = EnumSet.noneOf(WorkCategory.class);
        for (int i = 0; i < allowances.size(); i++) {
            if (!given.add(allowances.get(i).category())) {
                problems.add(FieldProblem.invalid("allowances[" + i + "].category", "contract.allowance.duplicate"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (incrementMinutes < 1 || minimumMinutes < 0) {
            throw new IllegalArgumentException("Increment at least 1, minimum at least 0");
        }
        if (firstContactMinutes != null && firstContactMinutes < 1 || resolutionMinutes != null && resolutionMinutes < 1) {
            throw new IllegalArgumentException("A promised time is at least a minute");
        }
    }
}
