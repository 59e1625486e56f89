package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.request.DispatchPolicy.OnDuty;
import lt.pagalba.request.DispatchPolicy.Reason;
import lt.pagalba.request.RequestEvents.RequestAssigned;
import lt.pagalba.request.RequestEvents.RequestClosed;
import lt.pagalba.request.RequestEvents.RequestMerged;
import lt.pagalba.request.RequestEvents.RequestRegistered;
import lt.pagalba.request.RequestEvents.RequestStatusChanged;
import lt.pagalba.request.RequestEvents.UrgentRequestAssigned;
import lt.pagalba.request.RequestEvents.UrgentRequestUnassigned;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.RequestId;

/**
 * What happened to one request since it was read: the entries for its timeline and the events for the
 * other modules, each kind written in one format only (the request page reads the timeline's
 * {@code kind} and {@code details}).
 */
final class RequestHistory {

    private final RequestId id;
    private final String number;
    private final List<TimelineEntry> entries = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    RequestHistory(RequestId id, String number) {
        this.id = id;
        this.number = number;
    }

    void registered(RequestView r, NewRequest.Origin origin, Actor actor) {
        entry(actor, "REGISTERED", Map.of("channel", r.channel().name(), "status", r.status().name(), "missing", r.missingItems()));
        events.add(new RequestRegistered(id, number, r.client() == null ? null : r.client().id(), r.channel(), r.urgent(),
                r.status(), r.summary(), r.contact().email() == null ? null : r.contact().email().value(), origin.language(),
                origin.messageId(), origin.automatic()));
    }

    /** Staff reached the client for the first time (or earlier than was known): a reply or a call. */
    void firstContact(OffsetDateTime at, Actor actor) {
        entry(actor, "FIRST_CONTACT", Map.of("at", at.toString()));
    }

    void informationSupplied(List<String> stillMissing, Actor actor) {
        entry(actor, "INFORMATION_SUPPLIED", Map.of("missing", stillMissing));
    }

    /** The administrator confirmed the client of a request that named its company only as typed. */
    void clientConfirmed(RequestView.ClientRef client, String typed, Actor actor) {
        Map<String, Object> details = new LinkedHashMap<>(Map.of("client", client.name(), "clientId", client.id().text()));
        if (typed != null) {
            details.put("typed", typed);
        }
        entry(actor, "CLIENT_CONFIRMED", details);
    }

    /** One field of the registration corrected, with its value before and after (either may be null). */
    void corrected(Correction.Change change, Actor actor) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", change.field());
        details.put("from", change.from());
        details.put("to", change.to());
        entry(actor, "CORRECTED", details);
    }

    /**
     * Merged into its survivor: closed as merged, without the closing's feedback invitation (R16 asks about
     * the survivor); the other modules move what they keep of it.
     */
    void mergedInto(RequestStatus from, RequestId survivor, String survivorNumber, Actor actor) {
        entry(actor, "MERGED_INTO", Map.of("number", survivorNumber, "id", survivor.text(), "from", from.name()));
        if (from != RequestStatus.CLOSED) {
            events.add(new RequestStatusChanged(id, number, from, RequestStatus.CLOSED));
        }
        events.add(new RequestMerged(id, number, survivor, survivorNumber));
    }

    /** A duplicate was merged into this request. */
    void mergedFrom(RequestId duplicate, String duplicateNumber, Actor actor) {
        entry(actor, "MERGED_FROM", Map.of("number", duplicateNumber, "id", duplicate.text()));
    }

    void requestedConsultant(String consultant, RequestedConsultantOutcome outcome, Actor actor) {
        entry(actor, "REQUESTED_CONSULTANT", Map.of("consultant", consultant, "outcome", outcome.name()));
    }

    /** A consultant joined the working group; a dispatch says why they were chosen. */
    void assigned(String consultant, AssignmentRole role, Reason reason, boolean urgent, Actor actor) {
        Map<String, Object> details = new LinkedHashMap<>(Map.of("consultant", consultant, "role", role.name()));
        if (reason != null) {
            details.put("reason", reason.name());
        }
        entry(actor, "ASSIGNED", details);
        events.add(new RequestAssigned(id, number, consultant, role, urgent));
    }

    /** The lead stepped down to member, for a new lead. */
    void leadDemoted(String consultant, String newLead, Actor actor) {
        entry(actor, "LEAD_DEMOTED", Map.of("consultant", consultant, "newLead", newLead));
    }

    void urgentAssigned(OnDuty lead, String clientName, String summary) {
        events.add(new UrgentRequestAssigned(id, number, lead.username(), lead.email(), clientName, summary));
    }

    void urgentUnassigned(String clientName, String summary, Actor actor) {
        entry(actor, "URGENT_UNASSIGNED", Map.of());
        events.add(new UrgentRequestUnassigned(id, number, clientName, summary));
    }

    void unassigned(String consultant, Actor actor) {
        entry(actor, "UNASSIGNED", Map.of("consultant", consultant));
    }

    /** The one format of a status change; closing also tells feedback whom to ask (R16). */
    void statusChanged(RequestStatus from, RequestStatus to, String note, ClientId client, ContactSnapshot contact, Actor actor) {
        Map<String, Object> details = new LinkedHashMap<>(Map.of("from", from.name(), "to", to.name()));
        if (note != null && !note.isBlank()) {
            details.put("note", note.trim());
        }
        entry(actor, "STATUS_CHANGED", details);
        events.add(new RequestStatusChanged(id, number, from, to));
        if (to == RequestStatus.CLOSED) {
            events.add(new RequestClosed(id, number, client, contact.email() == null ? null : contact.email().value()));
        }
    }

    private void entry(Actor actor, String kind, Map<String, Object> details) {
        entries.add(new TimelineEntry(id, actor.name(), kind, details));
    }

    List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }

    List<Object> events() {
        return List.copyOf(events);
    }
}
