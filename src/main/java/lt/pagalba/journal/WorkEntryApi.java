package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.JsonMergePatch;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1")
class WorkEntryApi {

    private final ConsultationJournal journal;
    private final UsageReport usage;
    private final JsonMapper json;

    WorkEntryApi(ConsultationJournal journal, UsageReport usage, JsonMapper json) {
        this.journal = journal;
        this.usage = usage;
        this.json = json;
    }

    @PostMapping("/requests/{id}/work-entries")
    @ResponseStatus(HttpStatus.CREATED)
    WorkEntry log(@PathVariable String id, @RequestBody WorkEntryForm form) {
        return journal.log(id, form, Actor.current());
    }

    @GetMapping("/requests/{id}/work-entries")
    PageOf<WorkEntry> ofRequest(@PathVariable String id) {
        return PageOf.all(journal.ofRequest(id));
    }

    @GetMapping("/work-entries/{id}")
    WorkEntry get(@PathVariable String id) {
        return journal.get(id);
    }

    /** Merge patch of an entry, by its author on the day it was written, while not billed. */
    @PatchMapping("/work-entries/{id}")
    WorkEntry edit(@PathVariable String id, @RequestBody JsonNode patch) {
        WorkEntry current = journal.get(id);
        WorkEntryForm form = JsonMergePatch.apply(json, new WorkEntryForm(current.consultant(), current.workDate(),
                current.minutes(), current.mode(), current.category(), current.description(), current.reason(),
                current.corrects()), patch, WorkEntryForm.class);
        return journal.edit(id, form, Actor.current());
    }

    @DeleteMapping("/work-entries/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        journal.delete(id, Actor.current());
    }

    /** A consultant's timesheet; administrators may ask for anyone's, or everyone's. */
    @GetMapping("/timesheets")
    PageOf<WorkEntry> timesheet(@RequestParam(required = false) String consultant,
                                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        Actor actor = Actor.current();
        String who = consultant == null || consultant.isBlank() ? (actor.hasRole(Role.ADMINISTRATOR) ? null : actor.name()) : consultant;
        if (who == null ? !actor.hasRole(Role.ADMINISTRATOR) : !who.equals(actor.name()) && !actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators see others' timesheets");
        }
        LocalDate start = from != null ? from : Vilnius.today().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate end = to != null ? to : start.plusDays(6);
        if (end.isBefore(start) || end.isAfter(start.plusDays(366))) {
            throw new InvalidInputException(FieldProblem.invalid("to", "journal.timesheet.range"));
        }
        return PageOf.all(journal.ofConsultant(who, start, end));
    }

    @GetMapping("/clients/{id}/usage")
    Usage usage(@PathVariable String id, @RequestParam(required = false) String period) {
        return usage.usage(id, period(id, period));
    }

    @GetMapping("/clients/{id}/usage/history")
    PageOf<Usage> history(@PathVariable String id, @RequestParam(required = false) String period,
                          @RequestParam(required = false) Integer count) {
        int periods = count == null ? 12 : Math.max(1, Math.min(count, 60));
        return PageOf.all(usage.history(id, period(id, period), periods));
    }

    private Period period(String clientId, String text) {
        if (text == null || text.isBlank()) {
            return usage.currentPeriod(clientId);
        }
        if (!Period.isValid(text)) {
            throw new InvalidInputException(FieldProblem.invalid("period", "journal.period.invalid"));
        }
        return Period.parse(text);
    }
}
