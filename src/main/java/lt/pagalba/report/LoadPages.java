package lt.pagalba.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

/** The consultants' load page and its table as CSV and XLSX: the same {@link ConsultantLoad} the API answers. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','ACCOUNTANT')")
class LoadPages {

    private static final String[] COLUMNS = {"consultant", "name", "minutes", "workingDays", "minutesPerWorkingDay"};

    private final ConsultantLoad load;
    private final ReportForm form;
    private final ReportInput input;
    private final MessageSource messages;
    private final TableSheets sheets;

    LoadPages(ConsultantLoad load, ReportForm form, ReportInput input, MessageSource messages, TableSheets sheets) {
        this.load = load;
        this.form = form;
        this.input = input;
        this.messages = messages;
        this.sheets = sheets;
    }

    @GetMapping("/load")
    String page(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                @RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String consultant,
                @RequestParam(required = false) WorkCategory category, Model model, Locale locale) {
        ReportPeriod period = form.period(from, to, model, locale);
        ReportFilter filter = form.filter(clientId, consultant, category, model);
        ConsultantLoad.Load report = load.of(period, filter, locale);
        model.addAttribute("report", report);
        model.addAttribute("chart", StackedBars.of(List.of("minutes"), report.items().stream()
                .map(l -> new StackedBars.Row(l.consultant(), l.name(), new long[] {l.minutes()})).toList()));
        return "report/load";
    }

    @GetMapping("/load.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                               @RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String consultant,
                               @RequestParam(required = false) WorkCategory category, Locale locale) {
        ConsultantLoad.Load report = load.of(ReportInput.period(from, to), input.filter(clientId, consultant, category), locale);
        return ReportForm.download(sheets.csv(table(report, locale), locale),
                new MediaType("text", "csv", StandardCharsets.UTF_8), name(report, "csv"));
    }

    @GetMapping("/load.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String consultant,
                                @RequestParam(required = false) WorkCategory category, Locale locale) {
        ConsultantLoad.Load report = load.of(ReportInput.period(from, to), input.filter(clientId, consultant, category), locale);
        return ReportForm.download(sheets.xlsx(table(report, locale), locale),
                ReportPages.XLSX, name(report, "xlsx"));
    }

    /** The report as the rows of its spreadsheets, a total row last. */
    private Table table(ConsultantLoad.Load report, Locale locale) {
        Table table = Table.of("report.load.title", Arrays.stream(COLUMNS).map(c -> "report.load.col." + c).toArray(String[]::new));
        for (ConsultantLoad.Line l : report.items()) {
            table.row(l.consultant(), l.name(), l.minutes(), report.workingDays(), l.minutesPerWorkingDay());
        }
        Long perDay = report.workingDays() == 0 ? null : Math.round((double) report.totalMinutes() / report.workingDays());
        table.row("", text("report.total", locale), report.totalMinutes(), report.workingDays(), perDay);
        return table;
    }

    private static String name(ConsultantLoad.Load report, String extension) {
        return "konsultantu-apkrova-" + report.from() + "-" + report.to() + "." + extension;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
