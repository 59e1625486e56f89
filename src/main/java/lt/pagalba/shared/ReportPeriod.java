package lt.pagalba.shared;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a report covers, both included: the current month (Vilnius) unless given, the start
 * alone meaning its month, at most three years so that no report reads the whole history by mistake.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    static final int LONGEST_YEARS = 3;

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new InvalidInputException(FieldProblem.invalid("to", "report.period.order"));
        }
        if (to.isAfter(from.plusYears(LONGEST_YEARS))) {
            throw new InvalidInputException(FieldProblem.invalid("to", "report.period.tooLong", LONGEST_YEARS));
        }
    }

    /** What the query parameters {@code from} and {@code to} ask for, either or both left out. */
    public static ReportPeriod of(LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : (to != null ? to : Vilnius.today()).withDayOfMonth(1);
        LocalDate end = to != null ? to : start.with(TemporalAdjusters.lastDayOfMonth());
        return new ReportPeriod(start, end);
    }
}
