package lt.pagalba.mail;

import java.time.OffsetDateTime;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.OutboxMessageId;
import lt.pagalba.shared.RequestId;

/**
 * A queued or sent e-mail, with what its delivery has come to: {@code status} QUEUED, SENT, FAILED or
 * WITHDRAWN (its proforma was cancelled before it left); {@code messageId} the Message-ID header it carries.
 */
public record OutboxMessage(OutboxMessageId id, OffsetDateTime createdAt, String kind, String recipient, String subject,
                            String bodyText, RequestId requestId, String status, int attempts, OffsetDateTime sentAt,
                            String lastError, InvoiceId invoiceId, String messageId, OffsetDateTime nextAttempt,
                            OffsetDateTime lastAttempt) {

    /** Sent or given up: it may be queued again. */
    public boolean resendable() {
        return "SENT".equals(status) || "FAILED".equals(status);
    }
}
