package lt.pagalba.conversation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.journal.ConsultationJournal;
import lt.pagalba.journal.WorkDone;
import lt.pagalba.journal.WorkMode;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phone calls on a request (R8): direction, start, minutes and a note on its timeline; with
 * {@code workEntry} also the work entry (mode PHONE, the call's day and minutes) in the same transaction.
 * A call is a contact with the client: the request keeps the first one.
 */
@Service
public class PhoneCalls {

    static final int MAX_NOTE = 2000;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int MAX_DAYS_BACK = 92;

    private final Calls calls;
    private final RequestDesk requests;
    private final ConsultationJournal journal;

    PhoneCalls(Calls calls, RequestDesk requests, ConsultationJournal journal) {
        this.calls = calls;
        this.requests = requests;
        this.journal = journal;
    }

    public List<CallView> of(RequestId id) {
        requests.get(id);
        return calls.ofRequest(id);
    }

    @Transactional
    CallView log(RequestId id, CallForm form, Actor actor) {
        RequestView request = requests.get(id);
        Writers.require(request, actor);
        OffsetDateTime now = OffsetDateTime.now(Vilnius.ZONE).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime started = (form.startedAt() == null ? now : form.startedAt()).atZoneSameInstant(Vilnius.ZONE)
                .toOffsetDateTime().truncatedTo(ChronoUnit.MICROS);
        String note = checked(form, started, now);
        // the request first (it locks the row): the call's and the entry's rows take a shared lock on it
        // through their foreign keys, and a writer holding that while asking for the row's update lock
        // deadlocked with a second call logged on the same request at once
        requests.recordFirstContact(id, started, actor);
        String entry = Boolean.TRUE.equals(form.workEntry())
                ? journal.log(id, new WorkDone(actor.name(), started.toLocalDate(), form.minutes(), WorkMode.PHONE,
                form.category() == null ? WorkCategory.CONSULTATION : form.category(), note, null, null), actor).id().text()
                : null;
        CallView call = new CallView(CallId.random(), form.direction(), started, form.minutes(), note, actor.name(), now, entry);
        calls.insert(id, call);
        return call;
    }

    /** The call's note, once every rule holds; else the refusal naming every bad field. */
    private static String checked(CallForm form, OffsetDateTime started, OffsetDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.direction() == null) {
            problems.add(FieldProblem.required("direction"));
        }
        if (started.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(FieldProblem.invalid("startedAt", "conversation.call.future"));
        } else if (started.toLocalDate().isBefore(now.toLocalDate().minusDays(MAX_DAYS_BACK))) {
            problems.add(FieldProblem.invalid("startedAt", "conversation.call.tooOld", MAX_DAYS_BACK));
        }
        if (form.minutes() == null) {
            problems.add(FieldProblem.required("minutes"));
        } else if (form.minutes() < 1 || form.minutes() > MessageRules.MAX_MINUTES) {
            problems.add(new FieldProblem("minutes", "out_of_range", "journal.minutes.range", MessageRules.MAX_MINUTES));
        }
        String note = Text.blankToNull(form.note());
        if (note == null) {
            problems.add(FieldProblem.required("note"));
        } else if (note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "too_long", "conversation.description.tooLong", MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return note;
    }
}
