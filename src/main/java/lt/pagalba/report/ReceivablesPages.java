package lt.pagalba.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lt.pagalba.billing.ReceivablesReport;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.EuroText;
import lt.pagalba.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Unpaid and overdue proformas on a day (issue 17), today unless asked: billing's {@link ReceivablesReport},
 * the same the API answers, their gross by age as columns, each proforma in the table and the files.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','ACCOUNTANT')")
class ReceivablesPages {

    /** The most proformas the page lists (most overdue first); the files list them all. */
    static final int MOST = 300;

    private final ReceivablesReport receivables;
    private final ClientDirectory clients;
    private final TableSheets sheets;
    private final MessageSource messages;

    ReceivablesPages(ReceivablesReport receivables, ClientDirectory clients, TableSheets sheets, MessageSource messages) {
        this.receivables = receivables;
        this.clients = clients;
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping("/receivables")
    String page(@RequestParam(required = false) LocalDate on, @RequestParam(required = false) ClientId clientId, Model model,
                Locale locale) {
        LocalDate day;
        try {
            day = ReceivablesReport.day(on);
        } catch (InvalidInputException refused) {
            model.addAttribute("onProblem", messages.getMessage("report.on.range", null, locale));
            day = ReceivablesReport.day(null);
        }
        ReceivablesReport.Receivables report = receivables.on(day, clientId);
        model.addAttribute("report", report);
        model.addAttribute("client", clientId == null ? null : clients.get(clientId));
        model.addAttribute("clientId", clientId);
        model.addAttribute("shown", report.items().stream().limit(MOST).toList());
        model.addAttribute("hidden", Math.max(0, report.items().size() - MOST));
        model.addAttribute("chart", ColumnChart.of(List.of("gross"), report.buckets().stream()
                .map(b -> new ColumnChart.Values(b.bucket().name(), messages.getMessage("report.receivables.bucket." + b.bucket(),
                        null, locale) + ": " + EuroText.of(b.gross().amount(), locale), List.of(b.gross().amount()))).toList(), null));
        return "report/receivables";
    }

    @GetMapping("/receivables.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) LocalDate on, @RequestParam(required = false) ClientId clientId,
                               Locale locale) {
        ReceivablesReport.Receivables report = receivables.on(ReceivablesReport.day(on), clientId);
        return Downloads.of(sheets.csv(table(report, locale), locale), Downloads.CSV, name(report, "csv"));
    }

    @GetMapping("/receivables.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate on, @RequestParam(required = false) ClientId clientId,
                                Locale locale) {
        ReceivablesReport.Receivables report = receivables.on(ReceivablesReport.day(on), clientId);
        return Downloads.of(sheets.xlsx(table(report, locale), locale), ReportPages.XLSX, name(report, "xlsx"));
    }

    /** One row per proforma, then the total. */
    private Table table(ReceivablesReport.Receivables report, Locale locale) {
        Table table = Table.of("report.receivables.title", "report.receivables.col.number", "report.revenue.col.clientId",
                "report.revenue.col.client", "report.receivables.col.issueDate", "report.receivables.col.dueDate",
                "report.revenue.col.gross", "report.receivables.col.daysOverdue", "report.receivables.col.bucket");
        for (ReceivablesReport.Receivable item : report.items()) {
            table.row(item.number(), item.clientId(), item.clientName(), item.issueDate(), item.dueDate(), item.gross(),
                    item.daysOverdue(), messages.getMessage("report.receivables.bucket." + item.bucket(), null, locale));
        }
        return table.row("", "", messages.getMessage("report.total", null, locale), null, null, report.totalGross(), null, "");
    }

    private static String name(ReceivablesReport.Receivables report, String extension) {
        return "neapmoketos-" + report.on() + "." + extension;
    }
}
