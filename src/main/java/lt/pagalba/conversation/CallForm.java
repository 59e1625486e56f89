package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import lt.pagalba.shared.WorkCategory;

/** A phone call as the API (or the call form) gives it, before its rules are checked; null means not given. */
record CallForm(CallDirection direction, OffsetDateTime startedAt, Integer minutes, String note, Boolean workEntry,
                WorkCategory category) {
}
