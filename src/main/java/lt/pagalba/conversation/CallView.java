package lt.pagalba.conversation;

import java.time.OffsetDateTime;

/** A phone call on a request: who called whom, when, how long, what was said, by whom logged, and its work entry. */
public record CallView(CallId id, CallDirection direction, OffsetDateTime startedAt, int minutes, String note, String author,
                       OffsetDateTime createdAt, String workEntryId) {
}
