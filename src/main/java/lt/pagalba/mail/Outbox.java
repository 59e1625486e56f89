package lt.pagalba.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The outbox of e-mails. Writing is idempotent per source event, so a redelivered event queues nothing twice. */
@Service
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file that goes with a message. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Queues a message; returns false when the same source already queued one. */
    boolean queue(String kind, String sourceKey, String recipient, String subject, String bodyText, String requestId) {
        return queue(kind, sourceKey, recipient, subject, bodyText, requestId, null, java.util.List.of());
    }

    /** Queues a message with its files, about a request or an invoice; false when the same source already queued one. */
    boolean queue(String kind, String sourceKey, String recipient, String subject, String bodyText, String requestId,
                  String invoiceId, List<Attachment> attachments) {
        UUID id = UUID.randomUUID();
        boolean queued = jdbc.sql("""
                INSERT INTO outbox_message (id, kind, recipient, subject, body_text, request_id, invoice_id, source_key)
                VALUES (:id, :kind, :recipient, :subject, :body, :requestId, :invoiceId, :source)
                ON CONFLICT (source_key) DO NOTHING
                """)
                .param("id", id).param("kind", kind).param("recipient", recipient)
                .param("subject", subject).param("body", bodyText)
                .param("requestId", requestId == null ? null : UUID.fromString(requestId))
                .param("invoiceId", invoiceId == null ? null : UUID.fromString(invoiceId)).param("source", sourceKey)
                .update() == 1;
        if (queued) {
            for (int i = 0; i < attachments.size(); i++) {
                Attachment a = attachments.get(i);
                jdbc.sql("INSERT INTO outbox_attachment (message_id, position, file_name, content_type, content) VALUES (:id, :p, :name, :type, :content)")
                        .param("id", id).param("p", i).param("name", a.fileName()).param("type", a.contentType())
                        .param("content", a.content()).update();
            }
        }
        return queued;
    }

    public List<OutboxMessage> forInvoice(String invoiceId) {
        return jdbc.sql(SELECT + " WHERE invoice_id = :id ORDER BY created_at").param("id", UUID.fromString(invoiceId))
                .query((rs, n) -> map(rs)).list();
    }

    /** Names of the files that go with a message, in order. */
    public List<String> attachmentNames(String messageId) {
        return jdbc.sql("SELECT file_name FROM outbox_attachment WHERE message_id = :id ORDER BY position")
                .param("id", UUID.fromString(messageId)).query(String.class).list();
    }

    public List<OutboxMessage> forRequest(String requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = :id ORDER BY created_at").param("id", UUID.fromString(requestId))
                .query((rs, n) -> map(rs)).list();
    }

    public PageOf<OutboxMessage> list(PageOf.Request page) {
        List<OutboxMessage> items = jdbc.sql(SELECT + " ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset()).query((rs, n) -> map(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM outbox_message").query(Long.class).single();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    private static final String SELECT = """
            SELECT id, created_at, kind, recipient, subject, body_text, request_id, status, attempts, sent_at, last_error
            FROM outbox_message""";

    private static OutboxMessage map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OutboxMessage(rs.getString("id"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"), rs.getString("request_id"),
                rs.getString("status"), rs.getInt("attempts"), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("last_error"));
    }
}
