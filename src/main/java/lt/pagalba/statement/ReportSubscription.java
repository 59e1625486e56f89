package lt.pagalba.statement;

import java.time.OffsetDateTime;
import lt.pagalba.shared.ClientId;

/**
 * A client's opt-in to statements by e-mail (R12): where to, how often, when it was asked, and the
 * evidence: the Message-ID of the inbound e-mail that asked, and/or the text the administrator pasted.
 */
record ReportSubscription(ClientId clientId, String email, Frequency frequency, OffsetDateTime requestedAt,
                          String evidenceMessageId, String evidenceText, OffsetDateTime recordedAt,
                          String recordedBy) {
}
