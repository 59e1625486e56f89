package lt.pagalba.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lt.pagalba.billing.RevenueReport;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.EuroText;
import lt.pagalba.shared.ReportPeriod;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Revenue of the time beyond contracts and without one (issue 17): billing's {@link RevenueReport}, the
 * same the API answers, by supply month as columns and by client as a table, of one client when asked, and
 * by client and month as CSV and XLSX. Money is per document, so the filter is the period and the client.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','ACCOUNTANT')")
class RevenuePages {

    /** The most clients the page lists; the files list them all. */
    static final int MOST = 200;

    private final RevenueReport revenue;
    private final ClientDirectory clients;
    private final TableSheets sheets;
    private final MessageSource messages;

    RevenuePages(RevenueReport revenue, ClientDirectory clients, TableSheets sheets, MessageSource messages) {
        this.revenue = revenue;
        this.clients = clients;
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping("/revenue")
    String page(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                @RequestParam(required = false) ClientId clientId, Model model, Locale locale) {
        ReportPeriod period = PeriodOfPage.of(from, to, model, messages, locale);
        RevenueReport.Revenue report = revenue.of(period, clientId);
        model.addAttribute("period", period);
        model.addAttribute("client", clientId == null ? null : clients.get(clientId));
        model.addAttribute("clientId", clientId);
        model.addAttribute("report", report);
        model.addAttribute("shown", report.clients().stream().limit(MOST).toList());
        model.addAttribute("hidden", Math.max(0, report.clients().size() - MOST));
        model.addAttribute("chart", ColumnChart.of(List.of("beyond", "without"), report.months().stream()
                .map(m -> new ColumnChart.Values(m.month(), m.month() + ": " + EuroText.of(m.net().amount(), locale),
                        List.of(m.beyondContractNet().amount(), m.withoutContractNet().amount()))).toList(), null));
        return "report/revenue";
    }

    @GetMapping("/revenue.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) ClientId clientId, Locale locale) {
        RevenueReport.Revenue report = revenue.of(ReportPeriod.of(from, to), clientId);
        return Downloads.of(sheets.csv(table(report, locale), locale), Downloads.CSV, name(report, "csv"));
    }

    @GetMapping("/revenue.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) ClientId clientId, Locale locale) {
        RevenueReport.Revenue report = revenue.of(ReportPeriod.of(from, to), clientId);
        return Downloads.of(sheets.xlsx(table(report, locale), locale), ReportPages.XLSX, name(report, "xlsx"));
    }

    /** One row per client and supply month, then the total. */
    private Table table(RevenueReport.Revenue report, Locale locale) {
        Table table = Table.of("report.revenue.title", "report.revenue.col.month", "report.revenue.col.clientId",
                "report.revenue.col.client", "report.revenue.col.net", "report.revenue.col.vat", "report.revenue.col.gross",
                "report.revenue.col.beyond", "report.revenue.col.without", "report.revenue.col.proformas",
                "report.revenue.col.creditNotes");
        for (RevenueReport.RevenueRow row : report.rows()) {
            RevenueReport.RevenueSums s = row.sums();
            table.row(row.month().toString(), row.clientId(), row.name(), s.net(), s.vat(), s.gross(), s.beyondContractNet(),
                    s.withoutContractNet(), row.proformas(), row.creditNotes());
        }
        RevenueReport.RevenueSums t = report.totals();
        int proformas = report.clients().stream().mapToInt(RevenueReport.RevenueClient::proformas).sum();
        int creditNotes = report.clients().stream().mapToInt(RevenueReport.RevenueClient::creditNotes).sum();
        return table.row("", "", messages.getMessage("report.total", null, locale), t.net(), t.vat(), t.gross(),
                t.beyondContractNet(), t.withoutContractNet(), proformas, creditNotes);
    }

    private static String name(RevenueReport.Revenue report, String extension) {
        return "pajamos-" + report.from() + "-" + report.to() + "." + extension;
    }
}
