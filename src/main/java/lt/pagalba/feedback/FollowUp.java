package lt.pagalba.feedback;

import java.time.OffsetDateTime;
import lt.pagalba.shared.FollowUpId;

/** A low rating the administrator must come back to; done with a note of what was done. */
record FollowUp(FollowUpId id, Rating rating, String status, OffsetDateTime createdAt, String doneBy,
                OffsetDateTime doneAt, String note) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
