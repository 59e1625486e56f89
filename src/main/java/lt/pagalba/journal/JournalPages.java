package lt.pagalba.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Quick entry of time from the request page, and the timesheet. */
@Controller
class JournalPages {

    private final ConsultationJournal journal;
    private final StaffDirectory staff;
    private final MessageSource messages;

    JournalPages(ConsultationJournal journal, StaffDirectory staff, MessageSource messages) {
        this.journal = journal;
        this.staff = staff;
        this.messages = messages;
    }

    /** Quick entry: the duration as typed ({@code 45}, {@code 0:45}, {@code 1h30m}, {@code 1,5 h}). */
    @PostMapping("/requests/{id}/work-entries")
    String log(@PathVariable String id, @RequestParam String duration, @RequestParam(required = false) LocalDate workDate,
               @RequestParam WorkMode mode, @RequestParam WorkCategory category, @RequestParam String description,
               @RequestParam(required = false) String reason, @RequestParam(required = false) String corrects,
               RedirectAttributes redirect) {
        var minutes = DurationParser.minutes(duration);
        if (minutes.isEmpty()) {
            redirect.addFlashAttribute("entryError", text("journal.duration.invalid"));
        } else {
            boolean correction = corrects != null && !corrects.isBlank();
            var form = new WorkEntryForm(null, workDate == null ? Vilnius.today() : workDate,
                    correction ? -minutes.get() : minutes.get(), mode, category, description, reason, corrects);
            FormErrors.refusal(messages, () -> journal.log(id, form, Actor.current())).ifPresentOrElse(
                    message -> redirect.addFlashAttribute("entryError", message),
                    () -> redirect.addFlashAttribute("entryLogged", true));
        }
        return "redirect:/requests/" + id + "#work";
    }

    @PostMapping("/work-entries/{entryId}/delete")
    String delete(@PathVariable String entryId, RedirectAttributes redirect) {
        WorkEntry entry = journal.get(entryId);
        FormErrors.refusal(messages, () -> journal.delete(entryId, Actor.current()))
                .ifPresent(message -> redirect.addFlashAttribute("entryError", message));
        return "redirect:/requests/" + entry.requestId() + "#work";
    }

    /** A week of work by day, with totals per day, per request and per client; administrators see anyone's. */
    @GetMapping("/timesheet")
    String timesheet(@RequestParam(required = false) LocalDate week, @RequestParam(required = false) String consultant,
                     Model model) {
        Actor actor = Actor.current();
        boolean admin = actor.hasRole(Role.ADMINISTRATOR);
        String who = admin && consultant != null && !consultant.isBlank() ? consultant : actor.name();
        LocalDate monday = (week == null ? Vilnius.today() : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WorkEntry> entries = journal.ofConsultant(who, monday, monday.plusDays(6));
        Map<LocalDate, List<WorkEntry>> byDay = new TreeMap<>(entries.stream().collect(Collectors.groupingBy(WorkEntry::workDate)));
        model.addAttribute("who", who);
        model.addAttribute("admin", admin);
        model.addAttribute("consultants", staff.consultants());
        model.addAttribute("monday", monday);
        model.addAttribute("byDay", byDay);
        model.addAttribute("dayTotals", new TreeMap<>(entries.stream().collect(
                Collectors.groupingBy(WorkEntry::workDate, Collectors.summingInt(WorkEntry::minutes)))));
        model.addAttribute("total", entries.stream().mapToInt(WorkEntry::minutes).sum());
        model.addAttribute("perRequest", sum(entries, WorkEntry::requestNumber));
        model.addAttribute("perClient", sum(entries, e -> e.clientName() == null ? "–" : e.clientName()));
        return "journal/timesheet";
    }

    private static Map<String, Integer> sum(List<WorkEntry> entries, java.util.function.Function<WorkEntry, String> key) {
        return new TreeMap<>(entries.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(WorkEntry::minutes))));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
