package lt.pagalba.feedback;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvitationId;
import lt.pagalba.shared.RequestId;

/** An invitation to rate one closed request: who got it, until when it may be used, and whether it was. */
record Invitation(InvitationId id, RequestId requestId, String requestNumber, ClientId clientId, String recipient,
                  String language, List<String> consultants, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                  OffsetDateTime usedAt) {

    /** What a link can still do. */
    enum State { OPEN, USED, EXPIRED }

    State state(OffsetDateTime now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }
}
