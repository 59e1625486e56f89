package lt.pagalba.journal;

import java.time.LocalDate;
import java.util.Arrays;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.WorkCategory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hours by client (unless asked otherwise) for administrators and accountants, the current month unless
 * asked, of one client, consultant or category when asked.
 */
@RestController
class HoursReportApi {

    private final HoursReport report;

    HoursReportApi(HoursReport report) {
        this.report = report;
    }

    @GetMapping("/api/v1/reports/hours")
    HoursReport.Hours get(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                          @RequestParam(required = false) String by, @RequestParam(required = false) ClientId clientId,
                          @RequestParam(required = false) String consultant, @RequestParam(required = false) WorkCategory category) {
        return report.of(ReportPeriod.of(from, to), ReportFilter.of(clientId, consultant, category), by(by),
                LocaleContextHolder.getLocale());
    }

    private static HoursReport.By by(String text) {
        if (Text.isBlank(text)) {
            return HoursReport.By.CLIENT;
        }
        return Arrays.stream(HoursReport.By.values()).filter(b -> b.name().equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldProblem.invalid("by", "report.by.unknown", text)));
    }
}
