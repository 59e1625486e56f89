package lt.pagalba.feedback;

import jakarta.validation.constraints.Size;

/** What the administrator did about a low rating, as the follow-up form sends it (optional). */
record FollowUpNote(@Size(max = Rating.MAX_COMMENT) String note) {

    /** The note stripped; none when blank. */
    String text() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
