package lt.pagalba.statement;

import java.time.OffsetDateTime;

/** One opt-in, change or opt-out, as the history keeps it; an opt-out has no e-mail or frequency. */
record SubscriptionChange(String action, String email, Frequency frequency, OffsetDateTime requestedAt,
                         String evidenceMessageId, String evidenceText, OffsetDateTime recordedAt,
                         String recordedBy) {
}
