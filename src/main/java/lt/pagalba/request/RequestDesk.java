package lt.pagalba.request;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Working on registered requests: reading the journal, forming working groups (R7), moving statuses. */
@Service
public class RequestDesk {

    private static final int MAX_NOTE = 2_000;

    private final SupportRequests requests;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    RequestDesk(SupportRequests requests, StaffDirectory staff, ApplicationEventPublisher events, JsonMapper json) {
        this.requests = requests;
        this.staff = staff;
        this.events = events;
        this.json = json;
    }

    public RequestView get(String id) {
        return requests.find(RequestIntake.parse(id)).orElseThrow(() -> new NotFoundException("request", id));
    }

    public java.util.Optional<RequestView> findByNumber(String number) {
        return requests.findByNumber(number);
    }

    public PageOf<RequestView> search(RequestFilter filter, PageOf.Request page) {
        return requests.search(filter, page);
    }

    public List<TimelineEvent> timeline(String id) {
        return requests.timeline(UUID.fromString(get(id).id()));
    }

    /**
     * Adds an entry to the request's timeline for something another module saw happen (an e-mail
     * that joined the request), in the caller's transaction.
     */
    @Transactional
    public void addToTimeline(String id, Actor actor, String kind, Map<String, ?> details) {
        requests.event(RequestIntake.parse(id), actor.name(), kind, json.writeValueAsString(details));
    }

    /**
     * Adds a consultant to the request. A new lead takes over from the old one, who stays on as a
     * member. Administrators assign anyone; the lead may add members.
     */
    @Transactional
    public RequestView assign(String id, String consultant, AssignmentRole role, Actor actor) {
        RequestView request = lock(id);
        boolean isLead = request.lead().filter(actor.name()::equals).isPresent();
        if (!actor.hasRole(Role.ADMINISTRATOR) && !(isLead && role == AssignmentRole.MEMBER)) {
            throw new AccessDeniedException("Only an administrator or the lead may assign");
        }
        if (role == null) {
            throw new InvalidInputException(FieldProblem.required("role"));
        }
        StaffMember member = staff.find(consultant).filter(m -> m.active() && m.hasRole(Role.CONSULTANT))
                .orElseThrow(() -> new InvalidInputException(FieldProblem.invalid("consultant",
                        "request.assignment.notConsultant", consultant)));
        if (request.status() == RequestStatus.CLOSED) {
            throw new ConflictException("request.closed", request.number());
        }
        UUID requestId = UUID.fromString(request.id());
        if (role == AssignmentRole.LEAD && request.lead().filter(lead -> !lead.equals(member.username())).isPresent()) {
            requests.demoteLead(requestId);
        }
        requests.assign(requestId, member.username(), role, actor.name());
        requests.event(requestId, actor.name(), "ASSIGNED", json.writeValueAsString(Map.of("consultant", member.username(),
                "role", role.name())));
        if (role == AssignmentRole.LEAD && request.status() == RequestStatus.REGISTERED) {
            moveTo(request, RequestStatus.ASSIGNED, null, actor);
        }
        events.publishEvent(new RequestEvents.RequestAssigned(request.id(), request.number(), member.username(), role));
        return get(id);
    }

    @Transactional
    public RequestView unassign(String id, String consultant, Actor actor) {
        RequestView request = lock(id);
        if (!actor.hasRole(Role.ADMINISTRATOR) && request.lead().filter(actor.name()::equals).isEmpty()) {
            throw new AccessDeniedException("Only an administrator or the lead may remove a consultant");
        }
        UUID requestId = UUID.fromString(request.id());
        boolean wasLead = request.lead().filter(consultant::equals).isPresent();
        if (!requests.unassign(requestId, consultant)) {
            throw new NotFoundException("assignment", consultant);
        }
        requests.event(requestId, actor.name(), "UNASSIGNED", json.writeValueAsString(Map.of("consultant", consultant)));
        if (wasLead && request.status() == RequestStatus.ASSIGNED) {
            moveTo(request, RequestStatus.REGISTERED, null, actor);
        }
        return get(id);
    }

    /** Moves the request on; only the transitions of {@link RequestStatus} are allowed (409 otherwise). */
    @Transactional
    public RequestView changeStatus(String id, RequestStatus target, String note, Actor actor) {
        if (target == null) {
            throw new InvalidInputException(FieldProblem.required("status"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException(new FieldProblem("note", "too_long", "validation.tooLong", MAX_NOTE));
        }
        RequestView request = lock(id);
        if (!actor.hasRole(Role.ADMINISTRATOR) && !request.isAssigned(actor.name())) {
            throw new AccessDeniedException("Only an administrator or an assigned consultant may change the status");
        }
        if (!request.status().canMoveTo(target)) {
            throw new ConflictException("request.status.notAllowed", request.status(), target);
        }
        if (target == RequestStatus.ASSIGNED && request.lead().isEmpty()) {
            throw new ConflictException("request.status.needsLead", request.number());
        }
        if (target == RequestStatus.REGISTERED && request.status() == RequestStatus.ASSIGNED && request.lead().isPresent()) {
            throw new ConflictException("request.status.hasLead", request.number());
        }
        moveTo(request, target, note, actor);
        return get(id);
    }

    /** The journal calls this when time is logged: an assigned request is then in progress. */
    @Transactional
    public void workStarted(String id, Actor actor) {
        RequestView request = lock(id);
        if (request.status() == RequestStatus.ASSIGNED) {
            moveTo(request, RequestStatus.IN_PROGRESS, null, actor);
        }
    }

    private void moveTo(RequestView request, RequestStatus target, String note, Actor actor) {
        UUID requestId = UUID.fromString(request.id());
        requests.setStatus(requestId, target);
        var details = new java.util.LinkedHashMap<String, Object>();
        details.put("from", request.status().name());
        details.put("to", target.name());
        if (note != null && !note.isBlank()) {
            details.put("note", note.trim());
        }
        requests.event(requestId, actor.name(), "STATUS_CHANGED", json.writeValueAsString(details));
        events.publishEvent(new RequestEvents.RequestStatusChanged(request.id(), request.number(), request.status(), target));
        if (target == RequestStatus.CLOSED) {
            events.publishEvent(new RequestEvents.RequestClosed(request.id(), request.number(),
                    request.client() == null ? null : request.client().id(), request.contact().email()));
        }
    }

    private RequestView lock(String id) {
        return requests.findForUpdate(RequestIntake.parse(id)).orElseThrow(() -> new NotFoundException("request", id));
    }
}
