package lt.pagalba.statement;

import java.time.OffsetDateTime;

/**
 * A client's opt-in to statements by e-mail (R12): where to, how often, when it was asked, and the
 * evidence: the Message-ID of the inbound e-mail that asked, and/or the text the administrator pasted.
 */
public record ReportSubscription(String clientId, String email, Frequency frequency, OffsetDateTime requestedAt,
                                 String evidenceMessageId, String evidenceText, OffsetDateTime recordedAt,
                                 String recordedBy) {
}
