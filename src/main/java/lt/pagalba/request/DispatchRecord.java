package lt.pagalba.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a dispatch decision leaves on a complete request's timeline and tells the other modules (R5,
 * R6, R10), in one place for the two moments a request is dispatched: registered complete
 * ({@link Registrar}) or completed later ({@link RequestIntake#complete}).
 */
record DispatchRecord(UUID requestId, String number, String actor, String requestedConsultant,
                      RequestedConsultantOutcome requestedOutcome, String lead, String leadEmail,
                      DispatchPolicy.Reason leadReason, boolean urgent, String clientName, String summary) {

    /** The timeline entries: the wish for a consultant and its outcome, then the lead or an urgent request nobody has. */
    List<SupportRequests.NewEvent> timeline(JsonMapper json) {
        List<SupportRequests.NewEvent> entries = new ArrayList<>();
        if (requestedOutcome != null) {
            entries.add(new SupportRequests.NewEvent(requestId, actor, "REQUESTED_CONSULTANT", json.writeValueAsString(
                    details("consultant", requestedConsultant, "outcome", requestedOutcome.name()))));
        }
        if (lead != null) {
            entries.add(new SupportRequests.NewEvent(requestId, actor, "ASSIGNED", json.writeValueAsString(
                    details("consultant", lead, "role", AssignmentRole.LEAD.name(), "reason", leadReason.name()))));
        } else if (urgent) {
            entries.add(new SupportRequests.NewEvent(requestId, actor, "URGENT_UNASSIGNED", "{}"));
        }
        return entries;
    }

    /** The events for other modules: the lead's assignment, and an urgent request's notice (R6). */
    List<Object> events() {
        String id = requestId.toString();
        List<Object> events = new ArrayList<>();
        if (lead != null) {
            events.add(new RequestEvents.RequestAssigned(id, number, lead, AssignmentRole.LEAD));
            if (urgent) {
                events.add(new RequestEvents.UrgentRequestAssigned(id, number, lead, leadEmail, clientName, summary));
            }
        } else if (urgent) {
            events.add(new RequestEvents.UrgentRequestUnassigned(id, number, clientName, summary));
        }
        return events;
    }

    private static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            details.put((String) keyValues[i], keyValues[i + 1]);
        }
        return details;
    }
}
