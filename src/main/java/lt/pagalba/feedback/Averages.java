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
}
