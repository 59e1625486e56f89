package lt.pagalba.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.Ids;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging work (R9) and keeping the journal honest (R11): only those on the request log time on it;
 * an entry may be changed by its author on the day it was written, until it is billed; after that
 * a correction entry takes minutes away, citing the entry it corrects. Every change is audited.
 */
@Service
public class ConsultationJournal {

    static final int MAX_MINUTES = 1440;
    static final int MAX_DAYS_BACK = 92;
    static final int MAX_TEXT = 2000;

    private final WorkEntries entries;
    private final RequestDesk requests;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    ConsultationJournal(WorkEntries entries, RequestDesk requests, StaffDirectory staff, AuditTrail audit) {
        this.entries = entries;
        this.requests = requests;
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional
    public WorkEntry log(String requestId, WorkEntryForm form, Actor actor) {
        RequestView request = requests.get(RequestId.parse(requestId));
        WorkEntryForm entry = withDefaults(form, actor);
        requireAllowed(request, entry.consultant(), actor);
        if (request.client() == null) {
            throw new ConflictException("journal.request.noClient", request.number());
        }
        List<FieldProblem> problems = check(entry, actor);
        WorkEntry corrected = null;
        if (entry.corrects() != null) {
            corrected = checkCorrection(request, entry, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (corrected != null) {
            // a correction is of the same kind as what it corrects
            entry = new WorkEntryForm(entry.consultant(), entry.workDate(), entry.minutes(), corrected.mode(),
                    corrected.category(), entry.description(), entry.reason(), corrected.id());
        }
        UUID id = UUID.randomUUID();
        entries.insert(id, request.id().value(), request.client().id().value(), entry,
                Text.blankToNull(entry.reason()), actor.name());
        WorkEntry created = entries.find(id).orElseThrow();
        audit.record("WORK_ENTRY", id, request.id(), isLate(entry.workDate()) ? "CREATED_LATE"
                : created.isCorrection() ? "CORRECTION" : "CREATED", null, created);
        requests.workStarted(request.id(), actor);
        return created;
    }

    /** Changes an entry: only its author, only on the day it was written, only while not billed. */
    @Transactional
    public WorkEntry edit(String entryId, WorkEntryForm form, Actor actor) {
        WorkEntry before = changeable(entryId, actor);
        WorkEntryForm entry = withDefaults(new WorkEntryForm(form.consultant() == null ? before.consultant() : form.consultant(),
                form.workDate(), form.minutes(), form.mode(), form.category(), form.description(), form.reason(),
                before.corrects()), actor);
        RequestView request = requests.get(RequestId.parse(before.requestId()));
        requireAllowed(request, entry.consultant(), actor);
        List<FieldProblem> problems = check(entry, actor);
        if (before.isCorrection()) {
            checkCorrection(request, entry, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        entries.update(UUID.fromString(before.id()), entry, Text.blankToNull(entry.reason()));
        WorkEntry after = entries.find(UUID.fromString(before.id())).orElseThrow();
        audit.record("WORK_ENTRY", before.id(), before.requestId(), "UPDATED", before, after);
        return after;
    }

    @Transactional
    public void delete(String entryId, Actor actor) {
        WorkEntry entry = changeable(entryId, actor);
        if (!entry.isCorrection() && entries.correctedMinutes(UUID.fromString(entry.id())) != 0) {
            throw new ConflictException("journal.entry.hasCorrections");
        }
        entries.delete(UUID.fromString(entry.id()), actor.name());
        audit.record("WORK_ENTRY", entry.id(), entry.requestId(), "DELETED", entry, null);
    }

    public WorkEntry get(String entryId) {
        return Ids.parse(entryId).flatMap(entries::find).filter(e -> !e.deleted())
                .orElseThrow(() -> new NotFoundException("workEntry", entryId));
    }

    public List<WorkEntry> ofRequest(String requestId) {
        return entries.ofRequest(requests.get(RequestId.parse(requestId)).id().value());
    }

    /** A consultant's entries between two days; null consultant means everyone's. */
    public List<WorkEntry> ofConsultant(String consultant, LocalDate from, LocalDate to) {
        return entries.ofConsultant(consultant, from, to);
    }

    /** A client's entries and corrections by their own work date between two days (statements, R11). */
    public List<WorkEntry> ofClient(String clientId, LocalDate from, LocalDate to) {
        return entries.ofClient(UUID.fromString(clientId), from, to);
    }

    /** Billing locks the entries it billed, in its own transaction, under a reference of its own. */
    @Transactional
    public int lock(List<String> entryIds, String reference) {
        return entryIds.isEmpty() ? 0 : entries.lock(entryIds.stream().map(UUID::fromString).toList(), reference);
    }

    /** Unlocks what was locked under a reference (a cancelled invoice's line), for the next billing run. */
    @Transactional
    public int unlock(String clientId, String reference) {
        return entries.unlock(UUID.fromString(clientId), reference);
    }

    /**
     * Billing's starting point: per client, the first days of the months up to a day in which it has
     * work not yet billed, oldest first; corrections count in their entry's month. One query for all clients.
     */
    public Map<String, List<LocalDate>> unbilledMonths(LocalDate upTo) {
        return entries.unbilledMonths(upTo);
    }

    /** What billing locks at once: a client's entries of a category in a period, under a reference of its own. */
    public record LockRange(String clientId, WorkCategory category, Period period, String reference) {
    }

    /** Billing locks what it billed, in its own transaction, with one statement however many ranges. */
    @Transactional
    public int lock(List<LockRange> ranges) {
        return ranges.isEmpty() ? 0 : entries.lockRanges(ranges);
    }

    /** The entries behind a reference billing locked them under (an invoice line). */
    public List<WorkEntry> lockedUnder(String clientId, String reference) {
        return entries.lockedUnder(UUID.fromString(clientId), reference);
    }

    /** Whether an entry can still be changed by this actor, and why not. */
    public boolean canChange(WorkEntry entry, Actor actor) {
        return !entry.locked() && entry.createdBy().equals(actor.name())
                && entry.createdAt().toLocalDate().equals(Vilnius.today());
    }

    private WorkEntry changeable(String entryId, Actor actor) {
        WorkEntry entry = Ids.parse(entryId).flatMap(entries::findForUpdate).filter(e -> !e.deleted())
                .orElseThrow(() -> new NotFoundException("workEntry", entryId));
        if (entry.locked()) {
            throw new ConflictException("journal.entry.billed");
        }
        if (!entry.createdBy().equals(actor.name())) {
            throw new ConflictException("journal.entry.notAuthor");
        }
        if (!entry.createdAt().toLocalDate().equals(Vilnius.today())) {
            throw new ConflictException("journal.entry.pastDay");
        }
        return entry;
    }

    private WorkEntry checkCorrection(RequestView request, WorkEntryForm entry, List<FieldProblem> problems) {
        WorkEntry corrected = Ids.parse(entry.corrects()).flatMap(entries::findForUpdate).filter(e -> !e.deleted())
                .orElse(null);
        if (corrected == null || !corrected.requestId().equals(request.id().text())) {
            problems.add(FieldProblem.invalid("corrects", "journal.corrects.unknown"));
            return null;
        }
        if (corrected.isCorrection()) {
            problems.add(FieldProblem.invalid("corrects", "journal.corrects.correction"));
            return null;
        }
        if (entry.minutes() != null && entry.minutes() < 0) {
            int left = corrected.minutes() + entries.correctedMinutes(UUID.fromString(corrected.id()));
            if (-entry.minutes() > left) {
                problems.add(new FieldProblem("minutes", "out_of_range", "journal.corrects.tooMuch", left));
            }
        }
        return corrected;
    }

    private List<FieldProblem> check(WorkEntryForm e, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (e.minutes() == null) {
            problems.add(FieldProblem.required("minutes"));
        } else if (e.minutes() == 0 || e.minutes() > MAX_MINUTES || e.minutes() < -MAX_MINUTES) {
            problems.add(new FieldProblem("minutes", "out_of_range", "journal.minutes.range", MAX_MINUTES));
        } else if (e.minutes() < 0 && e.corrects() == null) {
            problems.add(new FieldProblem("minutes", "out_of_range", "journal.minutes.negative"));
        } else if (e.minutes() > 0 && e.corrects() != null) {
            problems.add(new FieldProblem("minutes", "out_of_range", "journal.minutes.correctionPositive"));
        }
        if (e.workDate() == null) {
            problems.add(FieldProblem.required("workDate"));
        } else if (e.workDate().isAfter(Vilnius.today())) {
            problems.add(FieldProblem.invalid("workDate", "journal.workDate.future"));
        } else if (isLate(e.workDate()) && !(actor.hasRole(Role.ADMINISTRATOR) && !blank(e.reason()))) {
            problems.add(FieldProblem.invalid("workDate", "journal.workDate.tooOld", MAX_DAYS_BACK));
        }
        if (e.mode() == null) {
            problems.add(FieldProblem.required("mode"));
        } else if (e.mode() == WorkMode.ON_SITE && blank(e.reason())) {
            problems.add(FieldProblem.invalid("reason", "journal.reason.onSite"));
        }
        if (e.category() == null) {
            problems.add(FieldProblem.required("category"));
        }
        if (blank(e.description())) {
            problems.add(FieldProblem.required("description"));
        } else if (e.description().length() > MAX_TEXT) {
            problems.add(new FieldProblem("description", "too_long", "validation.tooLong", MAX_TEXT));
        }
        if (e.reason() != null && e.reason().length() > MAX_TEXT) {
            problems.add(new FieldProblem("reason", "too_long", "validation.tooLong", MAX_TEXT));
        }
        return problems;
    }

    /** The consultant themself, or an administrator for anyone; a consultant must be on the request. */
    private void requireAllowed(RequestView request, String consultant, Actor actor) {
        boolean admin = actor.hasRole(Role.ADMINISTRATOR);
        if (!admin && !consultant.equals(actor.name())) {
            throw new AccessDeniedException("Only administrators log time for others");
        }
        if (!admin && !request.isAssigned(consultant)) {
            throw new AccessDeniedException("Only consultants on the request log time on it");
        }
        if (staff.find(consultant).filter(m -> m.hasRole(Role.CONSULTANT) || m.hasRole(Role.ADMINISTRATOR)).isEmpty()) {
            throw new InvalidInputException(FieldProblem.invalid("consultant", "request.assignment.notConsultant", consultant));
        }
    }

    private static WorkEntryForm withDefaults(WorkEntryForm f, Actor actor) {
        return new WorkEntryForm(blank(f.consultant()) ? actor.name() : f.consultant().trim(), f.workDate(), f.minutes(),
                f.mode(), f.category(), f.description(), f.reason(), Text.blankToNull(f.corrects()));
    }

    private static boolean isLate(LocalDate workDate) {
        return workDate != null && workDate.isBefore(Vilnius.today().minusDays(MAX_DAYS_BACK));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }


}
