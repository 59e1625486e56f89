package lt.pagalba.feedback;

import java.time.OffsetDateTime;

/** A low rating the administrator must come back to; done with a note of what was done. */
public record FollowUp(String id, Rating rating, String status, OffsetDateTime createdAt, String doneBy,
                       OffsetDateTime doneAt, String note) {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
