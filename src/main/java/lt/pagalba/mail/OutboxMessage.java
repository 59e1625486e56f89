package lt.pagalba.mail;

import java.time.OffsetDateTime;

/** A queued or sent e-mail, with what its delivery has come to. */
public record OutboxMessage(String id, OffsetDateTime createdAt, String kind, String recipient, String subject,
                            String bodyText, String requestId, String status, int attempts, OffsetDateTime sentAt,
                            String lastError, String invoiceId, String messageId, OffsetDateTime nextAttempt,
                            OffsetDateTime lastAttempt) {

    /** Sent or given up: it may be queued again. */
    public boolean resendable() {
        return "SENT".equals(status) || "FAILED".equals(status);
    }
}
