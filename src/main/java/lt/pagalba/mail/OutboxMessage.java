package lt.pagalba.mail;

import java.time.OffsetDateTime;

/** A queued or sent e-mail. */
public record OutboxMessage(String id, OffsetDateTime createdAt, String kind, String recipient, String subject,
                            String bodyText, String requestId, String status, int attempts, OffsetDateTime sentAt,
                            String lastError) {
}
