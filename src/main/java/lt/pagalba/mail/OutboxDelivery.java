package lt.pagalba.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.OutboxMessageId;
import lt.pagalba.shared.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The worker's side of the outbox table. A due mail is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and stays locked until its outcome is written in the same transaction: a second worker skips it
 * meanwhile, and a worker that dies before writing the outcome leaves it queued, to be sent again.
 */
@Component
class OutboxDelivery {

    /** A claimed mail, with what it takes to send it. */
    record Claimed(OutboxMessageId id, String kind, String recipient, String subject, String text, String html,
                   String messageId, String inReplyTo, String references, int attempts, RequestId requestId,
                   InvoiceId invoiceId, String cc) {
    }

    private final JdbcClient jdbc;

    OutboxDelivery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The oldest due mail no other worker holds, locked until the caller's transaction ends. */
    Optional<Claimed> claimNext() {
        return jdbc.sql("""
                SELECT id, kind, recipient, subject, body_text, body_html, message_id, in_reply_to, references_header,
                       attempts, request_id, invoice_id, cc
                FROM outbox_message
                WHERE status = 'QUEUED' AND next_attempt <= now()
                ORDER BY next_attempt
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
                .query((rs, n) -> new Claimed(new OutboxMessageId(rs.getObject("id", UUID.class)), rs.getString("kind"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
                        rs.getString("body_html"), rs.getString("message_id"), rs.getString("in_reply_to"),
                        rs.getString("references_header"), rs.getInt("attempts"),
                        rs.getObject("request_id", UUID.class) == null ? null : new RequestId(rs.getObject("request_id", UUID.class)),
                        rs.getObject("invoice_id", UUID.class) == null ? null : new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                        rs.getString("cc")))
                .optional();
    }

    List<OutgoingMail.Attachment> attachments(OutboxMessageId id) {
        return jdbc.sql("SELECT file_name, content_type, content FROM outbox_attachment WHERE message_id = :id ORDER BY position")
                .param("id", id.value())
                .query((rs, n) -> new OutgoingMail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    void sent(OutboxMessageId id) {
        jdbc.sql("""
                UPDATE outbox_message SET status = 'SENT', sent_at = now(), last_attempt = now(), attempts = attempts + 1,
                                          last_error = NULL
                WHERE id = :id""").param("id", id.value()).update();
    }

    /** A failed attempt: tried again after the delay (the database's clock decides, as for claiming). */
    void retryLater(OutboxMessageId id, String error, Duration delay) {
        jdbc.sql("""
                UPDATE outbox_message SET attempts = attempts + 1, last_attempt = now(), last_error = :error,
                                          next_attempt = now() + make_interval(secs => :seconds)
                WHERE id = :id""").param("id", id.value()).param("error", error)
                .param("seconds", (double) delay.toSeconds()).update();
    }

    /** Given up: a permanent rejection, or the last attempt failed. Only a resend queues it again. */
    void failed(OutboxMessageId id, String error) {
        jdbc.sql("""
                UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, last_attempt = now(), last_error = :error
                WHERE id = :id""").param("id", id.value()).param("error", error).update();
    }
}
