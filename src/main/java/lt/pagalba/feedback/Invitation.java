package lt.pagalba.feedback;

import java.time.OffsetDateTime;
import java.util.List;

/** An invitation to rate one closed request: who got it, until when it may be used, and whether it was. */
public record Invitation(String id, String requestId, String requestNumber, String clientId, String recipient,
                         String language, List<String> consultants, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                         OffsetDateTime usedAt) {

    /** What a link can still do. */
    public enum State { OPEN, USED, EXPIRED }

    public State state(OffsetDateTime now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }
}
