package lt.pagalba.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.feedback.FeedbackReport;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Feedback by consultant and month (issue 17): the feedback module's {@link FeedbackReport}, the same the
 * API answers, each month's average (of 5) as a column, per consultant and month in the table and the files,
 * of one client or consultant when asked. Ratings have no category: the filter is the period, client and
 * consultant.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','ACCOUNTANT')")
class FeedbackReportPages {

    private static final BigDecimal BEST = BigDecimal.valueOf(5);

    private final FeedbackReport feedback;
    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final TableSheets sheets;
    private final MessageSource messages;

    FeedbackReportPages(FeedbackReport feedback, ClientDirectory clients, StaffDirectory staff, TableSheets sheets,
                        MessageSource messages) {
        this.feedback = feedback;
        this.clients = clients;
        this.staff = staff;
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping("/feedback")
    String page(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                @RequestParam(required = false) String consultant, @RequestParam(required = false) ClientId clientId,
                Model model, Locale locale) {
        ReportPeriod period = PeriodOfPage.of(from, to, model, messages, locale);
        ReportFilter filter = ReportFilter.of(clientId, consultant, null);
        FeedbackReport.FeedbackAnswers report = feedback.of(period, filter);
        model.addAttribute("period", period);
        model.addAttribute("filter", filter);
        model.addAttribute("client", clientId == null ? null : clients.get(clientId));
        model.addAttribute("consultants", staff.consultants());
        model.addAttribute("report", report);
        model.addAttribute("chart", ColumnChart.of(List.of("average"), report.overall().months().stream()
                .map(m -> new ColumnChart.Values(m.month(), m.month() + ": " + TableSheets.number(m.average(), locale) + " (" + m.count() + ")",
                        List.of(m.average()))).toList(), BEST));
        return "report/feedback";
    }

    @GetMapping("/feedback.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) String consultant, @RequestParam(required = false) ClientId clientId,
                               Locale locale) {
        FeedbackReport.FeedbackAnswers report = feedback.of(ReportPeriod.of(from, to), ReportFilter.of(clientId, consultant, null));
        return Downloads.of(sheets.csv(table(report, locale), locale), Downloads.CSV, name(report, "csv"));
    }

    @GetMapping("/feedback.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) String consultant, @RequestParam(required = false) ClientId clientId,
                                Locale locale) {
        FeedbackReport.FeedbackAnswers report = feedback.of(ReportPeriod.of(from, to), ReportFilter.of(clientId, consultant, null));
        return Downloads.of(sheets.xlsx(table(report, locale), locale), ReportPages.XLSX, name(report, "xlsx"));
    }

    /** One row per consultant and month, then every answer of the period once. */
    private Table table(FeedbackReport.FeedbackAnswers report, Locale locale) {
        Table table = Table.of("report.feedback.title", "report.revenue.col.month", "report.feedback.col.consultant",
                "report.feedback.col.name", "report.feedback.col.count", "report.feedback.col.average", "report.feedback.col.low",
                "report.feedback.col.lowPercent");
        for (FeedbackReport.FeedbackItem item : report.items()) {
            table.row(item.month(), item.consultant(), item.name(), item.count(), item.average(), item.low(), item.lowPercent());
        }
        FeedbackReport.FeedbackOverall all = report.overall();
        return table.row("", "", messages.getMessage("report.feedback.overall", null, locale), all.count(), all.average(),
                all.low(), all.lowPercent());
    }

    private static String name(FeedbackReport.FeedbackAnswers report, String extension) {
        return "atsiliepimai-" + report.from() + "-" + report.to() + "." + extension;
    }
}
