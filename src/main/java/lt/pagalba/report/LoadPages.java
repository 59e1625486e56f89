package lt.pagalba.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

    LoadPages(ConsultantLoad load, ReportForm form, ReportInput input, MessageSource messages) {
        this.load = load;
        this.form = form;
        this.input = input;
        this.messages = messages;
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
        return ReportForm.download(TableSheets.csv(titles(locale), rows(report, locale)),
                new MediaType("text", "csv", StandardCharsets.UTF_8), name(report, "csv"));
    }

    @GetMapping("/load.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) ClientId clientId, @RequestParam(required = false) String consultant,
                                @RequestParam(required = false) WorkCategory category, Locale locale) {
        ConsultantLoad.Load report = load.of(ReportInput.period(from, to), input.filter(clientId, consultant, category), locale);
        return ReportForm.download(TableSheets.xlsx(text("report.load.title", locale), titles(locale), rows(report, locale)),
                ReportPages.XLSX, name(report, "xlsx"));
    }

    private List<String> titles(Locale locale) {
        List<String> titles = new ArrayList<>();
        for (String column : COLUMNS) {
            titles.add(text("report.load.col." + column, locale));
        }
        return titles;
    }

    private List<List<Object>> rows(ConsultantLoad.Load report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (ConsultantLoad.Line l : report.items()) {
            rows.add(Arrays.asList(l.consultant(), l.name(), l.minutes(), report.workingDays(), l.minutesPerWorkingDay()));
        }
        Long perDay = report.workingDays() == 0 ? null : Math.round((double) report.totalMinutes() / report.workingDays());
        rows.add(Arrays.asList("", text("report.total", locale), report.totalMinutes(), report.workingDays(), perDay));
        return rows;
    }

    private static String name(ConsultantLoad.Load report, String extension) {
        return "konsultantu-apkrova-" + report.from() + "-" + report.to() + "." + extension;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
