package lt.pagalba.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A request ready to be written: checked, its client and contact found or made, its lead decided.
 * Only its number is still to come, from the {@link Registrar}.
 */
record PreparedRequest(UUID id, OffsetDateTime receivedAt, Channel channel, UUID clientId, String clientName,
                       UUID contactId, ContactSnapshot contact, String summary, String description, boolean urgent,
                       String requestedConsultant, RequestedConsultantOutcome requestedOutcome, RequestStatus status,
                       List<String> missingItems, String registeredBy, String lead, String leadEmail,
                       DispatchPolicy.Reason leadReason) {

    int year() {
        return receivedAt.atZoneSameInstant(lt.pagalba.shared.Vilnius.ZONE).getYear();
    }

    /** The request as it stands once written under this number. */
    RequestView written(String number, OffsetDateTime assignedAt) {
        return new RequestView(id.toString(), number, status, SupportRequests.vilnius(receivedAt), channel, urgent,
                clientId == null ? null : new RequestView.ClientRef(clientId.toString(), clientName), contact, summary,
                description, requestedConsultant, requestedOutcome == null ? null
                : requestedOutcome == RequestedConsultantOutcome.HONOURED, requestedOutcome, missingItems,
                lead == null ? List.of() : List.of(new Assignment(lead, AssignmentRole.LEAD, SupportRequests.vilnius(assignedAt))));
    }
}
