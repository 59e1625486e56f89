package lt.pagalba.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.RequestId;

/**
 * A support request as the rest of Pagalba and the API see it: a read model, apart from the
 * {@link SupportRequest} that changes. {@code firstContactAt}: when staff first replied to the client or
 * called them (null before).
 */
public record RequestView(RequestId id, String number, RequestStatus status, OffsetDateTime receivedAt, Channel channel,
                          boolean urgent, ClientRef client, ContactSnapshot contact, String summary,
                          String description, String requestedConsultant, Boolean requestedConsultantHonoured,
                          RequestedConsultantOutcome requestedConsultantOutcome, List<String> missingItems,
                          List<Assignment> assignments, OffsetDateTime firstContactAt) {

    public record ClientRef(ClientId id, String name) {
    }

    @JsonIgnore
    public Optional<String> lead() {
        return assignments.stream().filter(a -> a.role() == AssignmentRole.LEAD).map(Assignment::consultant).findFirst();
    }

    /** Whether this staff member leads or helps on the request. */
    public boolean isAssigned(String username) {
        return assignments.stream().anyMatch(a -> a.consultant().equals(username));
    }
}
