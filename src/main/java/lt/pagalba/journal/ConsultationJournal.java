package lt.pagalba.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkEntryId;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging work (R9) and keeping the journal honest (R11): only those on the request log time on it;
 * the entry itself ({@link WorkEntry}) keeps its rules and says what happened, and every change is
 * audited with the entry before and after.
 */
@Service
public class ConsultationJournal {

    private final WorkEntries entries;
    private final WorkEntryViews views;
    private final RequestDesk requests;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    ConsultationJournal(WorkEntries entries, WorkEntryViews views, RequestDesk requests, StaffDirectory staff,
                        AuditTrail audit) {
        this.entries = entries;
        this.views = views;
        this.requests = requests;
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional
    public WorkEntryView log(RequestId requestId, WorkDone work, Actor actor) {
        RequestView request = requests.get(requestId);
        requireAllowed(request, work.consultant(), actor);
        if (request.client() == null) {
            throw new ConflictException("journal.request.noClient", request.number());
        }
        Optional<WorkEntry> corrected = work.corrects() == null ? Optional.empty() : entries.lock(work.corrects());
        corrected.ifPresent(target -> requireAuthorOrAdministrator(target, actor));
        WorkEntry entry = WorkEntry.log(WorkEntryId.random(), requestId, request.client().id(), work,
                corrected, actor, Vilnius.today());
        // the request is locked before the entry is written: the entry's foreign key takes a shared lock on the
        // request's row, and two writers each holding it and then asking for the row's update lock met in a
        // deadlock (two calls logged on one request at once); locked first, the second writer waits its turn
        requests.workStarted(requestId, actor);
        entries.insert(entry);
        return audited(entry, null);
    }

    /** Changes an entry: only its author, only on the day it was written, only while not billed. */
    @Transactional
    public WorkEntryView edit(WorkEntryId entryId, WorkDone work, Actor actor) {
        WorkEntry entry = changeable(entryId, actor);
        WorkEntryView before = get(entryId);
        requireAllowed(requests.get(entry.requestId()), work.consultant(), actor);
        Optional<WorkEntry> corrected = entry.isCorrection() ? entries.lock(entry.work().corrects()) : Optional.empty();
        entry.change(work, corrected, actor, Vilnius.today());
        entries.save(entry);
        return audited(entry, before);
    }

    @Transactional
    public void delete(WorkEntryId entryId, Actor actor) {
        WorkEntry entry = changeable(entryId, actor);
        WorkEntryView before = get(entryId);
        entry.delete(actor, Vilnius.today());
        entries.save(entry);
        audited(entry, before);
    }

    public WorkEntryView get(WorkEntryId entryId) {
        return views.live(entryId).orElseThrow(() -> new NotFoundException("workEntry", entryId.text()));
    }

    public List<WorkEntryView> ofRequest(RequestId requestId) {
        requests.get(requestId); // an unknown request is a 404, not an empty journal
        return views.ofRequest(requestId);
    }

    /** A consultant's entries between two days; null consultant means everyone's. */
    public List<WorkEntryView> ofConsultant(String consultant, LocalDate from, LocalDate to) {
        return views.ofConsultant(consultant, from, to);
    }

    /** A client's entries and corrections by their own work date between two days (statements, R11). */
    public List<WorkEntryView> ofClient(ClientId clientId, LocalDate from, LocalDate to) {
        return views.ofClient(clientId, from, to);
    }

    /** Whether an entry can still be changed by this actor. */
    boolean canChange(WorkEntryView entry, Actor actor) {
        return WorkEntry.changeable(entry.locked(), entry.createdBy(), entry.createdAt(), actor, Vilnius.today());
    }

    /**
     * The entry locked for the change: someone else's entry is not theirs to change (403, whatever
     * their role), and its author may no longer change it once billed or on a later day (409).
     */
    private WorkEntry changeable(WorkEntryId entryId, Actor actor) {
        WorkEntry entry = entries.lock(entryId).orElseThrow(() -> new NotFoundException("workEntry", entryId.text()));
        if (!entry.createdBy().equals(actor.name())) {
            throw new AccessDeniedException("Only the author changes or deletes an entry");
        }
        entry.requireChangeableBy(actor, Vilnius.today());
        return entry;
    }

    /** A correction takes time away from someone's entry: only theirs (the consultant or who entered it), or an administrator's. */
    private static void requireAuthorOrAdministrator(WorkEntry corrected, Actor actor) {
        boolean author = corrected.work().consultant().equals(actor.name()) || corrected.createdBy().equals(actor.name());
        if (!author && !actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only the entry's author or an administrator corrects it");
        }
    }

    /** Audits what the entry recorded, with the entry as it was and as it is now; answers the latter. */
    private WorkEntryView audited(WorkEntry entry, WorkEntryView before) {
        WorkEntryView after = views.live(entry.id()).orElse(null);
        for (WorkEntry.Action action : entry.recorded()) {
            audit.record("WORK_ENTRY", entry.id(), entry.requestId(), action.name(), before, after);
        }
        return after;
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
}
