package lt.pagalba.feedback;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Read models of the feedback page: average ratings, rounded half up to two decimals. */
final class Averages {

    private Averages() {
    }

    record ByMonth(YearMonth month, BigDecimal average, int count) {
    }

    record ByConsultant(String consultant, BigDecimal average, int count) {
    }

    /** Issue 17's report: a consultant's answers of one month, {@code low} of them rated 1 or 2. */
    record ByConsultantAndMonth(String consultant, YearMonth month, BigDecimal average, int count, int low) {
    }

    /** Every answer once; the average is null without answers. */
    record Overall(int count, BigDecimal average, int low) {
    }
}
