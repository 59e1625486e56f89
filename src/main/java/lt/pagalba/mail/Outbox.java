package lt.pagalba.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.Ids;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PageOf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox of e-mails. Writing is idempotent per source event, so a redelivered event queues nothing twice. */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final String domain;

    Outbox(JdbcClient jdbc, AuditTrail audit, @Value("${pagalba.mail.from}") String from) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "pagalba.local";
    }

    /** A file that goes with a message. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Queues a plain-text message; returns false when the same source already queued one. */
    boolean queue(String kind, String sourceKey, String recipient, String subject, String bodyText, String requestId) {
        return queue(OutgoingMail.of(kind, sourceKey, recipient, subject, MailTemplates.Body.text(bodyText))
                .aboutRequest(requestId));
    }

    /**
     * Queues a message with its files in the caller's transaction; returns false when the same source
     * already queued one. Its Message-ID is chosen now, so replies thread back to it from the start.
     */
    boolean queue(OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        boolean queued = jdbc.sql("""
                INSERT INTO outbox_message (id, kind, recipient, subject, body_text, body_html, request_id, invoice_id,
                                            source_key, message_id, in_reply_to, references_header)
                VALUES (:id, :kind, :recipient, :subject, :text, :html, :requestId, :invoiceId, :source, :messageId,
                        :inReplyTo, :inReplyTo)
                ON CONFLICT (source_key) DO NOTHING
                """)
                .param("id", id).param("kind", mail.kind()).param("recipient", mail.recipient())
                .param("subject", mail.subject()).param("text", mail.body().text()).param("html", mail.body().html())
                .param("requestId", mail.requestId() == null ? null : UUID.fromString(mail.requestId()))
                .param("invoiceId", mail.invoiceId() == null ? null : UUID.fromString(mail.invoiceId()))
                .param("source", mail.sourceKey()).param("messageId", messageId(id))
                .param("inReplyTo", mail.inReplyTo())
                .update() == 1;
        if (queued) {
            List<Attachment> attachments = mail.attachments();
            for (int i = 0; i < attachments.size(); i++) {
                Attachment a = attachments.get(i);
                jdbc.sql("INSERT INTO outbox_attachment (message_id, position, file_name, content_type, content) VALUES (:id, :p, :name, :type, :content)")
                        .param("id", id).param("p", i).param("name", a.fileName()).param("type", a.contentType())
                        .param("content", a.content()).update();
            }
        }
        return queued;
    }

    /** {@code <uuid@domain of the From address>}: unique, and recognisable as Pagalba's own when a reply cites it. */
    private String messageId(UUID id) {
        return "<" + id + "@" + domain + ">";
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

    /** The message a source queued (e.g. {@code statement:<id>}), if it did. */
    public java.util.Optional<OutboxMessage> bySource(String sourceKey) {
        return jdbc.sql(SELECT + " WHERE source_key = :key").param("key", sourceKey).query((rs, n) -> map(rs)).optional();
    }

    public PageOf<OutboxMessage> list(PageOf.Request page) {
        List<OutboxMessage> items = jdbc.sql(SELECT + " ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset()).query((rs, n) -> map(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM outbox_message").query(Long.class).single();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    /** One page of mails, newest first; all of them, or those of one status (QUEUED, SENT, FAILED). */
    public PageOf<OutboxMessage> list(String status, PageOf.Request page) {
        if (status == null) {
            return list(page);
        }
        List<OutboxMessage> items = jdbc.sql(SELECT + " WHERE status = :status ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
                .param("status", status).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs)).list();
        long total = jdbc.sql("SELECT count(*) FROM outbox_message WHERE status = :status").param("status", status)
                .query(Long.class).single();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    public OutboxMessage get(String id) {
        return Ids.parse(id).flatMap(uuid -> jdbc.sql(SELECT + " WHERE id = :id").param("id", uuid).query((rs, n) -> map(rs))
                .optional()).orElseThrow(() -> new NotFoundException("outboxMessage", id));
    }

    /** The HTML body, or null when the mail is plain text only. */
    String htmlBody(String id) {
        return jdbc.sql("SELECT body_html FROM outbox_message WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).optional().orElse(null);
    }

    /**
     * Queues a sent or failed mail again, due now with its attempts counted afresh (audited). It keeps
     * its Message-ID, so a reply to either copy threads to the same request.
     */
    @Transactional
    public OutboxMessage resend(String id) {
        OutboxMessage before = get(id);
        int changed = jdbc.sql("""
                UPDATE outbox_message SET status = 'QUEUED', attempts = 0, next_attempt = now(), sent_at = NULL, last_error = NULL
                WHERE id = :id AND status IN ('SENT', 'FAILED')""").param("id", UUID.fromString(before.id())).update();
        if (changed == 0) {
            throw new ConflictException("outbox.resend.queued", before.recipient());
        }
        audit.record("OUTBOX_MESSAGE", before.id(), null, "RESENT",
                Map.of("status", before.status(), "attempts", before.attempts(),
                        "sentAt", String.valueOf(before.sentAt()), "lastError", String.valueOf(before.lastError())),
                Map.of("status", "QUEUED"));
        return get(id);
    }

    private static final String SELECT = """
            SELECT id, created_at, kind, recipient, subject, body_text, request_id, status, attempts, sent_at, last_error,
                   invoice_id, message_id, next_attempt, last_attempt
            FROM outbox_message""";

    private static OutboxMessage map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OutboxMessage(rs.getString("id"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"), rs.getString("request_id"),
                rs.getString("status"), rs.getInt("attempts"), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("last_error"), rs.getString("invoice_id"), rs.getString("message_id"),
                rs.getObject("next_attempt", OffsetDateTime.class), rs.getObject("last_attempt", OffsetDateTime.class));
    }
}
