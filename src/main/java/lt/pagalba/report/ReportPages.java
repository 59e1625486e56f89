package lt.pagalba.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.journal.HoursReport;
import lt.pagalba.request.RequestsReport;
import lt.pagalba.servicelevel.ServiceLevelReport;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports page for administrators and accountants, and its hours as a spreadsheet; every part is
 * of the period and the filter (client, consultant, category) the page asks for.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','ACCOUNTANT')")
class ReportPages {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final HoursReport hours;
    private final ServiceLevelReport serviceLevels;
    private final HoursSheets sheets;
    private final MessageSource messages;
    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final RequestsReport requests;

    ReportPages(HoursReport hours, ServiceLevelReport serviceLevels, HoursSheets sheets, MessageSource messages,
                ClientDirectory clients, StaffDirectory staff, RequestsReport requests) {
        this.hours = hours;
        this.serviceLevels = serviceLevels;
        this.sheets = sheets;
        this.messages = messages;
        this.clients = clients;
        this.staff = staff;
        this.requests = requests;
    }

    @GetMapping
    String page(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                @RequestParam(required = false) String by, @RequestParam(required = false) ClientId clientId,
                @RequestParam(required = false) String consultant, @RequestParam(required = false) WorkCategory category,
                @RequestParam(required = false) String step, Model model, Locale locale) {
        HoursReport.By grouping = by(by);
        ReportFilter filter = ReportFilter.of(clientId, consultant, category);
        ReportPeriod period;
        try {
            period = ReportPeriod.of(from, to);
        } catch (InvalidInputException refused) {
            FieldProblem problem = refused.problems().get(0);
            model.addAttribute("periodProblem", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            period = ReportPeriod.of(null, null);
        }
        HoursReport.Hours report = hours.of(period, filter, grouping, locale);
        model.addAttribute("period", period);
        model.addAttribute("filter", filter);
        model.addAttribute("client", filter.clientId() == null ? null : clients.get(filter.clientId()));
        model.addAttribute("consultants", staff.consultants());
        model.addAttribute("categories", WorkCategory.values());
        model.addAttribute("by", grouping);
        model.addAttribute("groupings", HoursReport.By.values());
        model.addAttribute("hours", report);
        model.addAttribute("chart", HoursChart.of(report));
        // requests have no category: their reports are of the client and consultant only
        ReportFilter ofRequests = ReportFilter.of(filter.clientId(), filter.consultant(), null);
        model.addAttribute("levels", serviceLevels.of(period, ofRequests));
        RequestsReport.ReceivedRequests received = requests.of(period, ofRequests, Steps.of(step, period), OffsetDateTime.now());
        model.addAttribute("requests", received);
        model.addAttribute("requestsChart", RequestsChart.of(received));
        model.addAttribute("steps", RequestsReport.By.values());
        return "report/reports";
    }

    @GetMapping("/hours.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) String by, @RequestParam(required = false) ClientId clientId,
                               @RequestParam(required = false) String consultant,
                               @RequestParam(required = false) WorkCategory category, Locale locale) {
        HoursReport.Hours report = hours.of(ReportPeriod.of(from, to), ReportFilter.of(clientId, consultant, category), by(by), locale);
        return download(sheets.csv(report, locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
                name(report, "csv"));
    }

    @GetMapping("/hours.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) String by, @RequestParam(required = false) ClientId clientId,
                                @RequestParam(required = false) String consultant,
                                @RequestParam(required = false) WorkCategory category, Locale locale) {
        HoursReport.Hours report = hours.of(ReportPeriod.of(from, to), ReportFilter.of(clientId, consultant, category), by(by), locale);
        return download(sheets.xlsx(report, locale), XLSX, name(report, "xlsx"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }

    private static String name(HoursReport.Hours report, String extension) {
        return "valandos-" + report.by().name().toLowerCase(Locale.ROOT) + "-" + report.period().from() + "-"
                + report.period().to() + "." + extension;
    }

    /** An unknown grouping on the page is the default one: the select offers only the known ones. */
    private static HoursReport.By by(String text) {
        return Optional.ofNullable(text).flatMap(t -> Arrays.stream(HoursReport.By.values())
                .filter(b -> b.name().equalsIgnoreCase(t.trim())).findFirst()).orElse(HoursReport.By.CLIENT);
    }
}
