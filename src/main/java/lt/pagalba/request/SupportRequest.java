package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import lt.pagalba.request.DispatchPolicy.Decision;
import lt.pagalba.request.DispatchPolicy.OnDuty;
import lt.pagalba.request.DispatchPolicy.Reason;
import lt.pagalba.request.RequestView.ClientRef;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.staff.StaffMember;
import org.springframework.security.access.AccessDeniedException;

/**
 * A support request as it changes: it checks and makes every change of its state — registration,
 * the missing information supplied (R2), dispatch (R5, R6, R10), the working group (R7), the status —
 * and records what happened in its {@link RequestHistory}, which {@link SupportRequests} saves and the
 * services publish once it is saved.
 */
class SupportRequest {

    private final RequestView stored;
    private final String registeredBy;
    private final WorkingGroup group;
    private final RequestHistory history;
    private RequestStatus status;
    private Channel channel;
    private boolean urgent;
    private String description;
    private ClientRef client;
    private ContactSnapshot contact;
    private String summary;
    private RequestedConsultantOutcome requestedOutcome;
    private List<String> missingItems;
    private OffsetDateTime firstContactAt;
    private RequestId mergedInto;

    /** A stored request that was merged into another (null when it was not). */
    SupportRequest(RequestView stored, String registeredBy, RequestId mergedInto) {
        this(stored, registeredBy);
        this.mergedInto = mergedInto;
    }

    /** The request as stored; what never changes (number, when it was received, the wish…) is read from it. */
    SupportRequest(RequestView stored, String registeredBy) {
        this.stored = stored;
        this.registeredBy = registeredBy;
        this.group = new WorkingGroup(stored.assignments());
        this.history = new RequestHistory(stored.id(), stored.number());
        this.status = stored.status();
        this.channel = stored.channel();
        this.urgent = stored.urgent();
        this.description = stored.description();
        this.client = stored.client();
        this.contact = stored.contact();
        this.summary = stored.summary();
        this.requestedOutcome = stored.requestedConsultantOutcome();
        this.missingItems = stored.missingItems();
        this.firstContactAt = stored.firstContactAt();
    }

    /**
     * Registers a prepared request under its number (R4). A complete one is dispatched at once and
     * starts out {@code ASSIGNED} when it found its lead; one missing R2 items waits for them.
     */
    static SupportRequest register(PreparedRequest prepared, String number) {
        NewRequest r = prepared.request();
        RequestStatus first = !r.isComplete() ? RequestStatus.AWAITING_INFORMATION
                : prepared.dispatch().flatMap(Decision::lead).isPresent() ? RequestStatus.ASSIGNED : RequestStatus.REGISTERED;
        SupportRequest request = new SupportRequest(new RequestView(prepared.id(), number, first,
                r.receivedAt().atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime(), r.channel(), r.urgent(), prepared.client(),
                prepared.contact(), r.summary(), r.description(), r.requestedConsultant(), null, null, r.missingItems(),
                List.of(), null), prepared.by().name());
        request.history.registered(request.stored, r.origin(), prepared.by());
        prepared.dispatch().ifPresent(decision -> request.dispatch(decision, prepared.by()));
        return request;
    }

    boolean awaitsInformation() {
        return status == RequestStatus.AWAITING_INFORMATION;
    }

    /** R2: what a reply supplied completes the request; once nothing is missing it is registered and dispatched. */
    void supply(ClientRef client, ContactSnapshot contact, String summary, List<String> stillMissing,
                Optional<Decision> dispatch, Actor actor) {
        if (!awaitsInformation()) {
            return;
        }
        this.client = client;
        this.contact = contact;
        this.summary = summary;
        this.missingItems = List.copyOf(stillMissing);
        history.informationSupplied(missingItems, actor);
        if (missingItems.isEmpty()) {
            moveTo(RequestStatus.REGISTERED, null, actor);
            dispatch(dispatch.orElseThrow(() -> new IllegalArgumentException("A complete request needs its dispatch")), actor);
        }
    }

    /**
     * The administrator confirms whose request this is (the public form's request named its company only
     * as the sender typed it): the client and its contact are set, and a request still waiting for its
     * lead is dispatched as the client's own would have been (its permanent consultant, R5).
     */
    void confirmClient(ClientRef confirmed, ContactSnapshot matched, String typed, Decision dispatch, Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only an administrator may confirm a request's client");
        }
        if (client != null || awaitsInformation()) {
            throw new ConflictException("request.client.alreadyConfirmed", stored.number());
        }
        this.client = confirmed;
        this.contact = matched;
        history.clientConfirmed(confirmed, typed, actor);
        if (status == RequestStatus.REGISTERED && group.lead().isEmpty()) {
            dispatch(dispatch, actor);
        }
    }

    /** Whether the request has no client yet though it names its company: the public form's, not confirmed. */
    boolean needsClient() {
        return client == null && !awaitsInformation();
    }

    /** R7: administrators add anyone to the working group; the lead may add members. */
    void assign(String named, Optional<StaffMember> found, AssignmentRole role, Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR) && !(group.isLead(actor.name()) && role == AssignmentRole.MEMBER)) {
            throw new AccessDeniedException("Only an administrator or the lead may assign");
        }
        StaffMember consultant = found.filter(m -> m.active() && m.hasRole(Role.CONSULTANT)).orElseThrow(() ->
                new InvalidInputException(FieldProblem.invalid("consultant", "request.assignment.notConsultant", named)));
        if (status == RequestStatus.CLOSED) {
            throw new ConflictException("request.closed", stored.number());
        }
        join(consultant.username(), role, null, actor);
    }

    /** Takes a consultant off the request; without its lead an assigned request is registered again. */
    void unassign(String consultant, Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR) && !group.isLead(actor.name())) {
            throw new AccessDeniedException("Only an administrator or the lead may remove a consultant");
        }
        boolean wasLead = group.isLead(consultant);
        if (!group.remove(consultant)) {
            throw new NotFoundException("assignment", consultant);
        }
        history.unassigned(consultant, actor);
        if (wasLead && status == RequestStatus.ASSIGNED) {
            moveTo(RequestStatus.REGISTERED, null, actor);
        }
    }

    /** Moves the request on along the transitions of {@link RequestStatus}; an assigned request has a lead. */
    void changeStatus(RequestStatus target, String note, Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR) && !group.includes(actor.name())) {
            throw new AccessDeniedException("Only an administrator or an assigned consultant may change the status");
        }
        if (!status.canMoveTo(target)) {
            throw new ConflictException("request.status.notAllowed", status, target);
        }
        if (target == RequestStatus.ASSIGNED && group.lead().isEmpty()) {
            throw new ConflictException("request.status.needsLead", stored.number());
        }
        if (target == RequestStatus.REGISTERED && status == RequestStatus.ASSIGNED && group.lead().isPresent()) {
            throw new ConflictException("request.status.hasLead", stored.number());
        }
        moveTo(target, note, actor);
    }

    /** The client confirms a resolved request solved (closed) or not (in progress again); no role is asked of them. */
    void clientDecides(boolean solved, Actor actor) {
        if (status != RequestStatus.RESOLVED) {
            throw new ConflictException("request.status.notResolved", stored.number());
        }
        moveTo(solved ? RequestStatus.CLOSED : RequestStatus.IN_PROGRESS, null, actor);
    }

    /**
     * Who may correct what, before the correction is read: nothing of a closed request or of one still
     * waiting for its information (the reply completes it, R2); the administrator all of it, the lead
     * the summary and the description only.
     */
    void mayCorrect(Set<String> fields, Actor actor) {
        if (status == RequestStatus.CLOSED) {
            throw new ConflictException("request.closed", stored.number());
        }
        if (awaitsInformation()) {
            throw new ConflictException("request.correct.awaitingInformation", stored.number());
        }
        boolean lead = group.isLead(actor.name()) && Correction.LEAD_FIELDS.containsAll(fields);
        if (!actor.hasRole(Role.ADMINISTRATOR) && !lead) {
            throw new AccessDeniedException("Only an administrator, or the lead for the summary and description, may correct");
        }
    }

    /**
     * The request as it should have been registered: each field that differs is changed and written on
     * the timeline with its old and new value. A request made urgent that has no lead yet is dispatched
     * as an urgent one (R6), with the decision asked for only then.
     */
    List<Correction.Change> correct(Correction to, Supplier<Decision> urgentDispatch, Actor actor) {
        mayCorrect(to.changedFrom(view()), actor);
        if (needsClient() && to.client() != null) {
            throw new ConflictException("request.correct.confirmClient", stored.number()); // the confirmation adds the contact and dispatches
        }
        List<Correction.Change> changes = Correction.between(view(), to);
        boolean madeUrgent = to.urgent() && !urgent;
        channel = to.channel();
        urgent = to.urgent();
        client = to.client();
        contact = to.contact();
        summary = to.summary();
        description = to.description();
        changes.forEach(change -> history.corrected(change, actor));
        if (madeUrgent && status == RequestStatus.REGISTERED && group.lead().isEmpty()) {
            dispatch(urgentDispatch.get(), actor);
        }
        return changes;
    }

    /**
     * This request is a duplicate of {@code survivor} (issue 13 item 6, the administrator's): its consultants
     * join the survivor (as members, unless the survivor has nobody yet: then as they were) and it is closed
     * as merged into it. Not into itself, not twice, not into a merged request, and across clients only
     * when the administrator confirmed that.
     */
    void mergeInto(SupportRequest survivor, boolean acrossClientsConfirmed, Actor actor) {
        if (!actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only an administrator may merge requests");
        }
        if (survivor.id().equals(id())) {
            throw new InvalidInputException(FieldProblem.invalid("into", "request.merge.self", stored.number()));
        }
        if (mergedInto != null) {
            throw new ConflictException("request.merge.alreadyMerged", stored.number());
        }
        if (survivor.mergedInto != null) {
            throw new InvalidInputException(FieldProblem.invalid("into", "request.merge.intoMerged", survivor.stored.number()));
        }
        boolean sameClient = client == null ? survivor.client == null : survivor.client != null && client.id().equals(survivor.client.id());
        if (!sameClient && !acrossClientsConfirmed) {
            throw new ConflictException("request.merge.acrossClients", stored.number(), survivor.stored.number());
        }
        boolean survivorHasNobody = survivor.group.assignments().isEmpty();
        for (Assignment a : group.assignments()) {
            if (!survivor.group.includes(a.consultant())) {
                survivor.join(a.consultant(), survivorHasNobody ? a.role() : AssignmentRole.MEMBER, null, actor);
            }
        }
        survivor.history.mergedFrom(id(), stored.number(), actor);
        RequestStatus from = status;
        status = RequestStatus.CLOSED;
        mergedInto = survivor.id();
        history.mergedInto(from, survivor.id(), survivor.stored.number(), actor);
    }

    /** The request this one was merged into, if it was. */
    Optional<RequestId> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    /** Time logged on an assigned request means work on it has started. */
    void workStarted(Actor actor) {
        if (status == RequestStatus.ASSIGNED) {
            moveTo(RequestStatus.IN_PROGRESS, null, actor);
        }
    }

    /**
     * Staff replied to the client or called them: the first such contact is kept (an earlier one, a
     * call logged afterwards, replaces it). No contact counts from before the request was received.
     */
    void contacted(OffsetDateTime at, Actor actor) {
        OffsetDateTime when = at.isBefore(stored.receivedAt()) ? stored.receivedAt() : at;
        if (firstContactAt == null || when.isBefore(firstContactAt)) {
            firstContactAt = when.atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime();
            history.firstContact(firstContactAt, actor);
        }
    }

    /** R5, R6, R10: the lead the policy chose takes the request; an urgent one nobody could take is flagged. */
    private void dispatch(Decision decision, Actor actor) {
        if (decision.requestedOutcome() != null) {
            requestedOutcome = decision.requestedOutcome();
            history.requestedConsultant(stored.requestedConsultant(), requestedOutcome, actor);
        }
        Optional<OnDuty> lead = decision.lead();
        lead.ifPresent(consultant -> join(consultant.username(), AssignmentRole.LEAD, decision.reason(), actor));
        if (urgent && lead.isPresent()) {
            history.urgentAssigned(lead.get(), clientName(), summary);
        } else if (urgent) {
            history.urgentUnassigned(clientName(), summary, actor);
        }
    }

    /**
     * The one way into the working group, for a dispatch and an assignment alike (only a dispatch has a
     * reason). Placing someone where they already are changes and records nothing; a lead who makes way
     * for a new one is written on the timeline as demoted.
     */
    private void join(String consultant, AssignmentRole role, Reason reason, Actor actor) {
        if (group.has(consultant, role)) {
            return;
        }
        group.place(consultant, role, actor).ifPresent(demoted -> history.leadDemoted(demoted, consultant, actor));
        history.assigned(consultant, role, reason, urgent, actor);
        if (role == AssignmentRole.LEAD && status == RequestStatus.REGISTERED) {
            moveTo(RequestStatus.ASSIGNED, null, actor);
        } else if (group.lead().isEmpty() && status == RequestStatus.ASSIGNED) {
            moveTo(RequestStatus.REGISTERED, null, actor); // the lead stayed on as a member only
        }
    }

    /** The one place a request's status changes. */
    private void moveTo(RequestStatus target, String note, Actor actor) {
        RequestStatus from = status;
        status = target;
        history.statusChanged(from, target, note, client == null ? null : client.id(), contact, actor);
    }

    private String clientName() {
        return client == null ? null : client.name();
    }

    RequestId id() {
        return stored.id();
    }

    String registeredBy() {
        return registeredBy;
    }

    /** The request as it stands now. */
    RequestView view() {
        RequestView r = stored;
        return new RequestView(r.id(), r.number(), status, r.receivedAt(), channel, urgent, client, contact, summary,
                description, r.requestedConsultant(), requestedOutcome == null ? null
                : requestedOutcome == RequestedConsultantOutcome.HONOURED, requestedOutcome, missingItems, group.assignments(),
                firstContactAt);
    }

    /** What changed in the working group since the request was read, in order. */
    List<WorkingGroup.Write> groupWrites() {
        return group.writes();
    }

    /** What happened since the request was read (or registered): its timeline entries and its events. */
    RequestHistory history() {
        return history;
    }
}
