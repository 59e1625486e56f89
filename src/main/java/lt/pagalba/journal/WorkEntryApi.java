package lt.pagalba.journal;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.JsonMergePatch;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Validation;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkEntryId;
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

    private static final int DEFAULT_HISTORY = 12;
    private static final int MAX_HISTORY = 60;

    private final ConsultationJournal journal;
    private final UsageReport usage;
    private final JsonMapper json;
    private final Validator validator;

    WorkEntryApi(ConsultationJournal journal, UsageReport usage, JsonMapper json, Validator validator) {
        this.journal = journal;
        this.usage = usage;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping("/requests/{id}/work-entries")
    @ResponseStatus(HttpStatus.CREATED)
    WorkEntryView log(@PathVariable RequestId id, @Valid @RequestBody WorkEntryForm form) {
        Actor actor = Actor.current();
        return journal.log(id, form.toWork(actor.name()), actor);
    }

    @GetMapping("/requests/{id}/work-entries")
    PageOf<WorkEntryView> ofRequest(@PathVariable RequestId id) {
        return PageOf.all(journal.ofRequest(id));
    }

    @GetMapping("/work-entries/{id}")
    WorkEntryView get(@PathVariable WorkEntryId id) {
        return journal.get(id);
    }

    /** Merge patch of an entry, by its author on the day it was written, while not billed. */
    @PatchMapping("/work-entries/{id}")
    WorkEntryView edit(@PathVariable WorkEntryId id, @RequestBody JsonNode patch) {
        WorkEntryView current = journal.get(id);
        WorkEntryForm form = JsonMergePatch.apply(json, WorkEntryForm.of(current), patch, WorkEntryForm.class);
        return journal.edit(id, Validation.check(validator, form).toWork(current.consultant()), Actor.current());
    }

    @DeleteMapping("/work-entries/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable WorkEntryId id) {
        journal.delete(id, Actor.current());
    }

    /** A consultant's timesheet; administrators may ask for anyone's, or everyone's. */
    @GetMapping("/timesheets")
    PageOf<WorkEntryView> timesheet(@RequestParam(required = false) String consultant,
                                    @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        Actor actor = Actor.current();
        boolean admin = actor.hasRole(Role.ADMINISTRATOR);
        String who = consultant == null || consultant.isBlank() ? (admin ? null : actor.name()) : consultant;
        if (!admin && !actor.name().equals(who)) {
            throw new AccessDeniedException("Only administrators see others' timesheets");
        }
        LocalDate start = from != null ? from : Vilnius.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = to != null ? to : start.plusDays(6);
        if (end.isBefore(start) || end.isAfter(start.plusDays(366))) {
            throw new InvalidInputException(FieldProblem.invalid("to", "journal.timesheet.range"));
        }
        return PageOf.all(journal.ofConsultant(who, start, end));
    }

    @GetMapping("/clients/{id}/usage")
    Usage usage(@PathVariable ClientId id, @RequestParam(required = false) String period) {
        return usage.usage(id, period(id, period));
    }

    @GetMapping("/clients/{id}/usage/history")
    PageOf<Usage> history(@PathVariable ClientId id, @RequestParam(required = false) String period,
                          @RequestParam(required = false) Integer count) {
        int periods = count == null ? DEFAULT_HISTORY : Math.max(1, Math.min(count, MAX_HISTORY));
        return PageOf.all(usage.history(id, period(id, period), periods));
    }

    /** The period asked for, else the one today falls in. */
    private Period period(ClientId clientId, String text) {
        if (text == null || text.isBlank()) {
            return usage.currentPeriod(clientId);
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException notAPeriod) {
            throw new InvalidInputException(FieldProblem.invalid("period", "journal.period.invalid"));
        }
    }
}
