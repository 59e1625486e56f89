package lt.pagalba.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.staff.StaffNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback by consultant and month (issue 17) for a period of answer days (Vilnius), of one client or
 * consultant when asked. Its rules are the feedback page's own, read by the same queries: a rating counts
 * once for every consultant on the request when it was closed; the overall figures count each answer once.
 * A low rating is 1 or 2, the one that opens a follow-up.
 */
@Service
public class FeedbackReport {

    /** A consultant's answers in a month. */
    public record FeedbackItem(String consultant, String name, String month, int count, BigDecimal average, int low,
                               BigDecimal lowPercent) {
    }

    /** A month's answers, each once (the feedback page's average by month). */
    public record FeedbackMonth(String month, int count, BigDecimal average) {
    }

    /** A consultant's answers of the whole period (the feedback page's average by consultant). */
    public record FeedbackConsultant(String consultant, String name, int count, BigDecimal average) {
    }

    /** Every answer of the period once; the average is null without answers. */
    public record FeedbackOverall(int count, BigDecimal average, int low, BigDecimal lowPercent, List<FeedbackMonth> months,
                                  List<FeedbackConsultant> consultants) {
    }

    /** The answer of {@code GET /api/v1/reports/feedback}. */
    public record FeedbackAnswers(String from, String to, List<FeedbackItem> items, FeedbackOverall overall) {
    }

    private final Ratings ratings;
    private final StaffNames staff;

    FeedbackReport(Ratings ratings, StaffNames staff) {
        this.ratings = ratings;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public FeedbackAnswers of(ReportPeriod period, ReportFilter filter) {
        Ratings.Scope scope = new Ratings.Scope(period.from(), period.to(), filter.clientId(), filter.consultant());
        List<FeedbackItem> items = ratings.byConsultantAndMonth(scope).stream()
                .map(a -> new FeedbackItem(a.consultant(), staff.of(a.consultant()), a.month().toString(), a.count(), a.average(), a.low(),
                        percent(a.low(), a.count()))).toList();
        Averages.Overall all = ratings.overall(scope);
        List<FeedbackMonth> months = ratings.monthly(scope).stream().map(m -> new FeedbackMonth(m.month().toString(), m.count(), m.average()))
                .sorted(Comparator.comparing(FeedbackMonth::month)).toList();
        List<FeedbackConsultant> consultants = ratings.byConsultant(scope).stream()
                .map(c -> new FeedbackConsultant(c.consultant(), staff.of(c.consultant()), c.count(), c.average())).toList();
        return new FeedbackAnswers(period.from().toString(), period.to().toString(), items,
                new FeedbackOverall(all.count(), all.average(), all.low(), percent(all.low(), all.count()), months, consultants));
    }

    /** The share in percent with one decimal, null of nothing. */
    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
