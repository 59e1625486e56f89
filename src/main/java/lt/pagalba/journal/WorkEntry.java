package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;

/**
 * One journal entry as it is written and changed (R9, R11): the write model. It is never zero
 * minutes; a correction has negative minutes, cites an entry of the same request that is no
 * correction itself, is of that entry's kind and takes away no more than is left of it; work on
 * site needs a reason; the date of work is not in the future and at most 92 days back, unless an
 * administrator gives a reason. Only its author changes or deletes it, on the day it was written,
 * while it is not billed; after that a correction does. Each change is recorded for the audit trail.
 */
final class WorkEntry {

    /** What happened to an entry, as the audit trail names it. */
    enum Action { CREATED, CREATED_LATE, CORRECTION, UPDATED, DELETED }

    private final WorkEntryId id;
    private final RequestId requestId;
    private final ClientId clientId;
    private final OffsetDateTime createdAt;
    private final String createdBy;
    private final boolean locked;
    /** What the entry's live corrections took away (zero or negative). */
    private final int correctedMinutes;
    private final List<Action> recorded = new ArrayList<>();
    private WorkDone work;
    private String deletedBy;

    /** An entry as stored; {@code createdAt} is null for one not stored yet (the database gives it). */
    WorkEntry(WorkEntryId id, RequestId requestId, ClientId clientId, WorkDone work, OffsetDateTime createdAt,
              String createdBy, boolean locked, int correctedMinutes) {
        this.id = id;
        this.requestId = requestId;
        this.clientId = clientId;
        this.work = work;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.locked = locked;
        this.correctedMinutes = correctedMinutes;
    }

    /** New work on a request of a client; {@code corrected} is the entry a correction cites, if it exists. */
    static WorkEntry log(WorkEntryId id, RequestId requestId, ClientId clientId, WorkDone work,
                         Optional<WorkEntry> corrected, Actor actor, LocalDate today) {
        List<FieldProblem> problems = WorkEntryRules.problemsOf(work, actor, today);
        Optional<WorkEntry> target = corrected.filter(c -> c.requestId.equals(requestId));
        if (work.corrects() != null) {
            problems.addAll(WorkEntryRules.correctionProblems(work.minutes(), target, 0));
        }
        refuseIfAny(problems);
        WorkEntry entry = new WorkEntry(id, requestId, clientId, target.map(work::asKindOf).orElse(work), null,
                actor.name(), false, 0);
        entry.recorded.add(WorkEntryRules.isLate(work.workDate(), today) ? Action.CREATED_LATE
                : entry.isCorrection() ? Action.CORRECTION : Action.CREATED);
        return entry;
    }

    /** New terms for the entry; it keeps what it corrects. */
    void change(WorkDone changed, Optional<WorkEntry> corrected, Actor actor, LocalDate today) {
        requireChangeableBy(actor, today);
        WorkDone next = new WorkDone(changed.consultant(), changed.workDate(), changed.minutes(), changed.mode(),
                changed.category(), changed.description(), changed.reason(), work.corrects());
        List<FieldProblem> problems = WorkEntryRules.problemsOf(next, actor, today);
        if (isCorrection()) {
            problems.addAll(WorkEntryRules.correctionProblems(next.minutes(), corrected.filter(c -> c.requestId.equals(requestId)),
                    work.minutes()));
        }
        refuseIfAny(problems);
        work = next;
        recorded.add(Action.UPDATED);
    }

    /** An entry with corrections goes only after them: nothing is silently taken away (R11). */
    void delete(Actor actor, LocalDate today) {
        requireChangeableBy(actor, today);
        if (!isCorrection() && correctedMinutes != 0) {
            throw new ConflictException("journal.entry.hasCorrections");
        }
        deletedBy = actor.name();
        recorded.add(Action.DELETED);
    }

    void requireChangeableBy(Actor actor, LocalDate today) {
        if (locked) {
            throw new ConflictException("journal.entry.billed");
        }
        if (!createdBy.equals(actor.name())) {
            throw new ConflictException("journal.entry.notAuthor");
        }
        if (!createdAt.toLocalDate().equals(today)) {
            throw new ConflictException("journal.entry.pastDay");
        }
    }

    /** Whether an actor may still change an entry: its author, on the day it was written, while not billed. */
    static boolean changeable(boolean locked, String createdBy, OffsetDateTime createdAt, Actor actor, LocalDate today) {
        return !locked && createdBy.equals(actor.name()) && createdAt.toLocalDate().equals(today);
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    WorkEntryId id() {
        return id;
    }

    RequestId requestId() {
        return requestId;
    }

    ClientId clientId() {
        return clientId;
    }

    WorkDone work() {
        return work;
    }

    WorkMode mode() {
        return work.mode();
    }

    WorkCategory category() {
        return work.category();
    }

    boolean isCorrection() {
        return work.corrects() != null;
    }

    /** What its live corrections took away (zero or negative). */
    int correctedMinutes() {
        return correctedMinutes;
    }

    String createdBy() {
        return createdBy;
    }

    /** Who deleted it, once deleted. */
    String deletedBy() {
        return deletedBy;
    }

    /** What happened since it was loaded (or made), oldest first: the service audits each. */
    List<Action> recorded() {
        return List.copyOf(recorded);
    }
}
