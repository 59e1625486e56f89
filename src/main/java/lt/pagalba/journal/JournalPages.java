package lt.pagalba.journal;

import java.io.Serializable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    /** The quick-entry form: the duration as typed; a correction when it names the entry it corrects. */
    record QuickEntry(String duration, LocalDate workDate, @NotNull WorkMode mode,
                      @NotNull WorkCategory category, @NotBlank @Size(max = WorkEntryForm.MAX_TEXT) String description,
                      @Size(max = WorkEntryForm.MAX_TEXT) String reason, String corrects) implements Serializable {

        /** The entry this quick entry makes of so many minutes (taken away, for a correction). */
        WorkEntryForm withMinutes(int minutes) {
            boolean correction = corrects != null && !corrects.isBlank();
            return new WorkEntryForm(null, workDate == null ? Vilnius.today() : workDate, correction ? -minutes : minutes,
                    mode, category, description, reason, corrects);
        }
    }

    /** Quick entry: the duration as typed ({@code 45}, {@code 0:45}, {@code 1h30m}, {@code 1,5 h}). */
    @PostMapping("/requests/{id}/work-entries")
    String log(@PathVariable RequestId id, @Valid @ModelAttribute QuickEntry entry, BindingResult result,
               RedirectAttributes redirect) {
        Optional<Integer> minutes = DurationParser.minutes(entry.duration());
        Actor actor = Actor.current();
        Optional<String> refusal = result.hasErrors() ? Optional.of(text(result))
                : minutes.isEmpty() ? Optional.of(text("journal.duration.invalid"))
                : FormErrors.refusal(messages, () -> journal.log(id, entry.withMinutes(minutes.get()).toWork(actor.name()), actor));
        refusal.ifPresentOrElse(message -> {
            redirect.addFlashAttribute("entryError", message);
            redirect.addFlashAttribute("typed", entry); // the form comes back as typed (kept in the shared session)
        }, () -> redirect.addFlashAttribute("entryLogged", true));
        return "redirect:/requests/" + id + "#work";
    }

    @PostMapping("/work-entries/{entryId}/delete")
    String delete(@PathVariable WorkEntryId entryId, RedirectAttributes redirect) {
        WorkEntryView entry = journal.get(entryId);
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
        List<WorkEntryView> entries = journal.ofConsultant(who, monday, monday.plusDays(6));
        model.addAttribute("who", who);
        model.addAttribute("admin", admin);
        model.addAttribute("consultants", staff.consultants());
        model.addAttribute("monday", monday);
        model.addAttribute("byDay", new TreeMap<>(entries.stream().collect(Collectors.groupingBy(WorkEntryView::workDate))));
        model.addAttribute("dayTotals", sum(entries, WorkEntryView::workDate));
        model.addAttribute("total", entries.stream().mapToInt(WorkEntryView::minutes).sum());
        model.addAttribute("perRequest", sum(entries, WorkEntryView::requestNumber));
        model.addAttribute("perClient", sum(entries, e -> e.clientName() == null ? "–" : e.clientName()));
        return "journal/timesheet";
    }

    private static <K extends Comparable<K>> Map<K, Integer> sum(List<WorkEntryView> entries, Function<WorkEntryView, K> key) {
        return new TreeMap<>(entries.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(WorkEntryView::minutes))));
    }

    /** The first refusal of the form, in the user's language (the fields are beside it on the page). */
    private String text(BindingResult result) {
        return messages.getMessage(result.getAllErrors().get(0), LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
