package lt.pagalba.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lt.pagalba.billing.ContractHours;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.WorkCategory;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The contract-hours report's page and its table as CSV and XLSX: the same {@link ContractHours} the API answers. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','ACCOUNTANT')")
class ContractHoursPages {

    static final List<String> PARTS = List.of("included", "beyond", "withoutContract");
    private static final String[] COLUMNS = {"clientId", "name", "contract", "periods", "minutes", "billableMinutes",
            "includedMinutes", "beyondMinutes", "withoutContractMinutes"};

    private final ContractHours report;
    private final ReportForm form;
    private final ReportInput input;
    private final MessageSource messages;
    private final TableSheets sheets;

    ContractHoursPages(ContractHours report, ReportForm form, ReportInput input, MessageSource messages, TableSheets sheets) {
        this.report = report;
        this.form = form;
        this.input = input;
        this.messages = messages;
        this.sheets = sheets;
    }

    @GetMapping("/contract-hours")
    String page(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                @RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String consultant,
                @RequestParam(required = false) WorkCategory category, Model model, Locale locale) {
        ReportPeriod period = form.period(from, to, model, locale);
        ReportFilter filter = form.filter(clientId, consultant, category, model);
        ContractHours.Report hours = report.of(period, filter);
        model.addAttribute("report", hours);
        model.addAttribute("chart", StackedBars.of(PARTS, hours.items().stream().map(l -> new StackedBars.Row(l.clientId().text(),
                l.name(), new long[] {l.includedMinutes(), l.beyondMinutes(), l.withoutContractMinutes()})).toList()));
        model.addAttribute("parts", PARTS);
        return "report/contract-hours";
    }

    @GetMapping("/contract-hours.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String consultant,
                               @RequestParam(required = false) WorkCategory category, Locale locale) {
        ContractHours.Report hours = report.of(ReportInput.period(from, to), input.filter(clientId, consultant, category));
        return ReportForm.download(sheets.csv(table(hours, locale), locale),
                new MediaType("text", "csv", StandardCharsets.UTF_8), name(hours, "csv"));
    }

    @GetMapping("/contract-hours.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String consultant,
                                @RequestParam(required = false) WorkCategory category, Locale locale) {
        ContractHours.Report hours = report.of(ReportInput.period(from, to), input.filter(clientId, consultant, category));
        return ReportForm.download(sheets.xlsx(table(hours, locale), locale),
                ReportPages.XLSX, name(hours, "xlsx"));
    }

    /** The report as the rows of its spreadsheets, a total row last. */
    private Table table(ContractHours.Report hours, Locale locale) {
        Table table = Table.of("report.contractHours.title", Arrays.stream(COLUMNS).map(c -> "report.contractHours.col." + c).toArray(String[]::new));
        for (ContractHours.Line l : hours.items()) {
            table.row(l.clientId().text(), l.name(), text(l.contract() ? "report.contractHours.yes" : "report.contractHours.no", locale),
                    String.join(", ", l.periods()), l.minutes(), l.billableMinutes(), l.includedMinutes(), l.beyondMinutes(),
                    l.withoutContractMinutes());
        }
        ContractHours.Minutes t = hours.totals();
        table.row("", text("report.total", locale), "", "", t.minutes(), t.billableMinutes(), t.includedMinutes(),
                t.beyondMinutes(), t.withoutContractMinutes());
        return table;
    }

    private static String name(ContractHours.Report hours, String extension) {
        return "sutarciu-valandos-" + hours.from() + "-" + hours.to() + "." + extension;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
