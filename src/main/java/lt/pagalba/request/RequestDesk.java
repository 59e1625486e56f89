package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.RequestId;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working on registered requests: reading the journal, forming working groups (R7), moving statuses.
 * Each change loads the request locked, lets it make the change, saves it and publishes its events.
 */
@Service
public class RequestDesk {

    /** More merges in a row than anyone makes; a bound so that no data can make the walk endless. */
    private static final int MERGES_FOLLOWED = 20;

    private final RequestViews views;
    private final SupportRequests requests;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;

    RequestDesk(RequestViews views, SupportRequests requests, StaffDirectory staff, ApplicationEventPublisher events) {
        this.views = views;
        this.requests = requests;
        this.staff = staff;
        this.events = events;
    }

    public RequestView get(RequestId id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("request", id.text()));
    }

    public Optional<RequestView> findByNumber(String number) {
        return views.findByNumber(number);
    }

    /**
     * The client's request by its number or id, looked up together with the client (the portal): a
     * request of another client is simply not found.
     */
    public Optional<RequestView> findOfClient(ClientId client, String numberOrId) {
        return numberOrId == null || numberOrId.isBlank() ? Optional.empty() : views.findOfClient(client, numberOrId.trim());
    }

    public PageOf<RequestView> search(RequestFilter filter, PageOf.Request page) {
        return views.search(filter, page);
    }

    /** When each of these requests last had an event of one of these kinds on its timeline (none: absent from the map). */
    public Map<RequestId, OffsetDateTime> latestEvents(List<RequestId> ids, Set<String> kinds) {
        return views.latestEvents(ids, kinds);
    }

    /** The company as typed and the suggested client of a request whose client is not confirmed (the public form's). */
    Optional<ClientNotConfirmed> clientNotConfirmed(RequestId id) {
        return views.clientNotConfirmed(id);
    }

    /** The request a duplicate was merged into (issue 13 item 6): its id and number. */
    Optional<RequestViews.MergedInto> mergedInto(RequestId id) {
        return views.mergedInto(id);
    }

    /**
     * The request that carries on this one's conversation: itself, or the request it was merged into
     * (followed on if that one was merged in turn), so a client's later reply to a duplicate reaches the
     * request the staff work on.
     */
    public RequestView carryingOn(RequestView request) {
        RequestView at = request;
        for (int hops = 0; hops < MERGES_FOLLOWED; hops++) {
            Optional<RequestViews.MergedInto> survivor = views.mergedInto(at.id());
            if (survivor.isEmpty()) {
                return at;
            }
            at = get(survivor.get().id());
        }
        return at;
    }

    public List<TimelineEvent> timeline(RequestId id) {
        return views.timeline(get(id).id());
    }

    /**
     * Adds an entry to the request's timeline for something another module saw happen (an e-mail
     * that joined the request), in the caller's transaction.
     */
    @Transactional
    public void addToTimeline(RequestId id, Actor actor, String kind, Map<String, ?> details) {
        requests.addEntries(List.of(new TimelineEntry(id, actor.name(), kind, new LinkedHashMap<>(details))));
    }

    /**
     * Adds a consultant to the request. A new lead takes over from the old one, who stays on as a
     * member. Administrators assign anyone; the lead may add members.
     */
    @Transactional
    public RequestView assign(RequestId id, String consultant, AssignmentRole role, Actor actor) {
        if (role == null) {
            throw new InvalidInputException(FieldProblem.required("role"));
        }
        return change(id, request -> request.assign(consultant, staff.find(consultant), role, actor));
    }

    @Transactional
    public RequestView unassign(RequestId id, String consultant, Actor actor) {
        return change(id, request -> request.unassign(consultant, actor));
    }

    /** Moves the request on; only the transitions of {@link RequestStatus} are allowed (409 otherwise). */
    @Transactional
    public RequestView changeStatus(RequestId id, RequestStatus target, String note, Actor actor) {
        return change(id, request -> request.changeStatus(target, note, actor));
    }

    /**
     * The client's word on a resolved request (the portal): solved closes it, not solved puts it back
     * in progress, written on its timeline with the contact as the actor. The request is found
     * together with the client (another's is not found); only a resolved one moves (409 otherwise).
     */
    @Transactional
    public RequestView clientDecides(ClientId client, RequestId id, boolean solved, Actor actor) {
        views.findOfClient(client, id.text()).orElseThrow(() -> new NotFoundException("request", id.text()));
        return change(id, request -> request.clientDecides(solved, actor));
    }

    /**
     * The conversation calls this in the transaction of a reply or a call: the request keeps the
     * earliest time staff reached the client ({@code firstContactAt}).
     */
    @Transactional
    public RequestView recordFirstContact(RequestId id, OffsetDateTime at, Actor actor) {
        return change(id, request -> request.contacted(at, actor));
    }

    /** The journal calls this when time is logged: an assigned request is then in progress. */
    @Transactional
    public void workStarted(RequestId id, Actor actor) {
        change(id, request -> request.workStarted(actor));
    }

    private RequestView change(RequestId id, Consumer<SupportRequest> change) {
        SupportRequest request = requests.lock(id).orElseThrow(() -> new NotFoundException("request", id.text()));
        change.accept(request);
        requests.save(request);
        request.history().events().forEach(events::publishEvent);
        return request.view();
    }
}
