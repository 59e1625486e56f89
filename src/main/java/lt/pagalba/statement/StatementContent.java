package lt.pagalba.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import lt.pagalba.shared.WorkCategory;

/**
 * What a statement shows, fixed when it is made and stored with it, so its PDF, XLSX and CSV say
 * the same and can be made again identically: a row per work entry with its request's R11 columns
 * (a request without work in the period has one row without work), the minutes per category, and
 * the usage of each contract period the statement touches (from the journal's usage report).
 */
record StatementContent(String sellerName, String clientName, String companyCode, String language, LocalDate from,
                        LocalDate to, List<Row> rows, List<CategoryTotal> totals, List<PeriodUsage> usage,
                        int requests, int entries, int minutes, Heading heading) {

    /**
     * What identifies the statement on paper (issue 14): its number and the day it was made, the
     * seller's company code and address, the client's address. Statements made before have none.
     */
    record Heading(String number, LocalDate madeOn, String sellerCode, String sellerAddress, String clientAddress) {
    }

    /**
     * One line of the journal: the request (number, date, contact, problem) and one piece of work on it
     * (consultant, date, minutes, category, description); the work columns are empty for a request
     * without work in the period. Corrections have negative minutes.
     */
    public record Row(String requestNumber, LocalDate requestDate, String contact, String problem, String consultant,
               LocalDate workDate, Integer minutes, WorkCategory category, String work) {

        public BigDecimal hours() {
            return minutes == null ? null : StatementContent.hours(minutes);
        }
    }

    /** The minutes of the listed work of a category (raw, as logged, corrections taken away). */
    public record CategoryTotal(WorkCategory category, int entries, int minutes) {

        public BigDecimal hours() {
            return StatementContent.hours(minutes);
        }
    }

    /**
     * A contract (or billing) period's usage of a category, for the whole period: billable minutes
     * (rounded per B1), included minutes (null without a contract) and the overage.
     */
    public record PeriodUsage(String period, String contractNumber, WorkCategory category, int billableMinutes,
                       Integer includedMinutes, int overageMinutes) {
    }

    /** Minutes as hours with two decimals, half up. */
    public static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
