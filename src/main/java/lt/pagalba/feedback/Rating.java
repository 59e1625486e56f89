package lt.pagalba.feedback;

import java.time.OffsetDateTime;
import java.util.List;

/** A client's answer to an invitation: 1 to 5 and an optional word, with who worked on the request. */
public record Rating(String invitationId, String requestId, String requestNumber, String clientId, int rating,
                     String comment, OffsetDateTime answeredAt, List<String> consultants) {

    public static final int MAX_COMMENT = 2_000;

    /** Ratings this low come back to the administrator as a follow-up. */
    public boolean isLow() {
        return rating <= 2;
    }
}
