package lt.pagalba.feedback;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvitationId;
import lt.pagalba.shared.RequestId;

/** A client's answer to an invitation: 1 to 5 and an optional word, with who worked on the request. */
record Rating(InvitationId invitationId, RequestId requestId, String requestNumber, ClientId clientId, int rating,
              String comment, OffsetDateTime answeredAt, List<String> consultants) {

    static final int MAX_COMMENT = 2_000;

    /** Ratings this low come back to the administrator as a follow-up (public: the pages ask). */
    public boolean isLow() {
        return rating <= 2;
    }
}
