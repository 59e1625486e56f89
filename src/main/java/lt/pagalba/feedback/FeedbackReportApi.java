package lt.pagalba.feedback;

import java.time.LocalDate;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Feedback by consultant and month for administrators and accountants, the current month unless asked. */
@RestController
class FeedbackReportApi {

    private final FeedbackReport report;

    FeedbackReportApi(FeedbackReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/reports/feedback")
    FeedbackReport.FeedbackAnswers get(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) String consultant, @RequestParam(required = false) ClientId clientId) {
        return report.of(ReportPeriod.of(from, to), ReportFilter.of(clientId, consultant, null));
    }
}
