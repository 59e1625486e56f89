package lt.pagalba.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import lt.pagalba.request.RequestsReport;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reports page's requests as a spreadsheet, of the period, step and filter the page shows. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','ACCOUNTANT')")
class RequestsDownloads {

    private final RequestsReport requests;
    private final RequestsSheets sheets;

    RequestsDownloads(RequestsReport requests, RequestsSheets sheets) {
        this.requests = requests;
        this.sheets = sheets;
    }

    @GetMapping("/requests.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) String step, @RequestParam(required = false) ClientId clientId,
                               @RequestParam(required = false) String consultant, Locale locale) {
        RequestsReport.ReceivedRequests report = report(from, to, step, clientId, consultant);
        return download(sheets.csv(report, locale), new MediaType("text", "csv", StandardCharsets.UTF_8), name(report, "csv"));
    }

    @GetMapping("/requests.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) String step, @RequestParam(required = false) ClientId clientId,
                                @RequestParam(required = false) String consultant, Locale locale) {
        RequestsReport.ReceivedRequests report = report(from, to, step, clientId, consultant);
        return download(sheets.xlsx(report, locale), ReportPages.XLSX, name(report, "xlsx"));
    }

    private RequestsReport.ReceivedRequests report(LocalDate from, LocalDate to, String step, ClientId clientId, String consultant) {
        ReportPeriod period = ReportPeriod.of(from, to);
        return requests.of(period, ReportFilter.of(clientId, consultant, null), Steps.of(step, period), OffsetDateTime.now());
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }

    private static String name(RequestsReport.ReceivedRequests report, String extension) {
        return "kreipiniai-" + report.by().name().toLowerCase(Locale.ROOT) + "-" + report.period().from() + "-"
                + report.period().to() + "." + extension;
    }
}
