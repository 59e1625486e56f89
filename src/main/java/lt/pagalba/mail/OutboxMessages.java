package lt.pagalba.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.OutboxMessageId;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox tables as the outbox's readers and writers see them (the worker has {@link OutboxDelivery}). */
@Repository
class OutboxMessages {

    private static final String SELECT = """
            SELECT id, created_at, kind, recipient, subject, body_text, request_id, status, attempts, sent_at, last_error,
                   invoice_id, message_id, next_attempt, last_attempt
            FROM outbox_message""";

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the mail and its files, due {@code after} from now by the database's clock; false (and
     * nothing written) when its source already queued one.
     */
    boolean insert(OutboxMessageId id, String messageId, OutgoingMail mail, Duration after) {
        boolean queued = jdbc.sql("""
                INSERT INTO outbox_message (id, kind, recipient, cc, subject, body_text, body_html, request_id, invoice_id,
                                            source_key, message_id, in_reply_to, references_header, next_attempt)
                VALUES (:id, :kind, :recipient, :cc, :subject, :text, :html, :requestId, :invoiceId, :source, :messageId,
                        :inReplyTo, coalesce(:references, :inReplyTo), now() + make_interval(secs => :after))
                ON CONFLICT (source_key) DO NOTHING
                """)
                .param("id", id.value()).param("kind", mail.kind()).param("recipient", mail.recipient())
                .param("subject", mail.subject()).param("text", mail.body().text()).param("html", mail.body().html())
                .param("requestId", mail.requestId() == null ? null : mail.requestId().value())
                .param("invoiceId", mail.invoiceId() == null ? null : mail.invoiceId().value())
                .param("source", mail.sourceKey()).param("messageId", messageId).param("inReplyTo", mail.inReplyTo())
                .param("references", mail.references())
                .param("cc", mail.cc().isEmpty() ? null : String.join(", ", mail.cc()))
                .param("after", after.toSeconds())
                .update() == 1;
        if (queued) {
            List<OutgoingMail.Attachment> files = mail.attachments();
            for (int position = 0; position < files.size(); position++) {
                OutgoingMail.Attachment file = files.get(position);
                jdbc.sql("""
                        INSERT INTO outbox_attachment (message_id, position, file_name, content_type, content)
                        VALUES (:id, :position, :name, :type, :content)""")
                        .param("id", id.value()).param("position", position).param("name", file.fileName())
                        .param("type", file.contentType()).param("content", file.content()).update();
            }
        }
        return queued;
    }

    Optional<OutboxMessage> find(OutboxMessageId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(OutboxMessages::map).optional();
    }

    List<OutboxMessage> aboutRequest(RequestId id) {
        return jdbc.sql(SELECT + " WHERE request_id = :id ORDER BY created_at").param("id", id.value())
                .query(OutboxMessages::map).list();
    }

    List<OutboxMessage> aboutInvoice(InvoiceId id) {
        return jdbc.sql(SELECT + " WHERE invoice_id = :id ORDER BY created_at").param("id", id.value())
                .query(OutboxMessages::map).list();
    }

    Optional<OutboxMessage> bySource(String sourceKey) {
        return jdbc.sql(SELECT + " WHERE source_key = :key").param("key", sourceKey).query(OutboxMessages::map).optional();
    }

    /** One page, newest first; of one status, or of all when the status is null. */
    PageOf<OutboxMessage> page(String status, PageOf.Request page) {
        String where = status == null ? "" : " WHERE status = :status";
        List<OutboxMessage> items = jdbc.sql(SELECT + where + " ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
                .paramSource(new StatusAndPage(status, page.size(), page.offset())).query(OutboxMessages::map).list();
        long total = jdbc.sql("SELECT count(*) FROM outbox_message" + where).paramSource(new StatusAndPage(status, 0, 0))
                .query(Long.class).single();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    /** The parameters of a page query; a record, so JdbcClient reads them by name. */
    private record StatusAndPage(String status, int limit, long offset) {
    }

    List<String> attachmentNames(OutboxMessageId id) {
        return jdbc.sql("SELECT file_name FROM outbox_attachment WHERE message_id = :id ORDER BY position")
                .param("id", id.value()).query(String.class).list();
    }

    Optional<String> htmlBody(OutboxMessageId id) {
        return jdbc.sql("SELECT body_html FROM outbox_message WHERE id = :id AND body_html IS NOT NULL")
                .param("id", id.value()).query(String.class).optional();
    }

    /** Due again now with its attempts counted afresh; false unless it was sent or had failed. */
    boolean requeue(OutboxMessageId id) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'QUEUED', attempts = 0, next_attempt = now(), sent_at = NULL, last_error = NULL
                WHERE id = :id AND status IN ('SENT', 'FAILED')""").param("id", id.value()).update() == 1;
    }

    /** Withdraws the mails about this invoice that have not left; a mail being sent at this moment is waited for and stays sent. */
    int withdrawForInvoice(InvoiceId invoice) {
        return jdbc.sql("UPDATE outbox_message SET status = 'WITHDRAWN' WHERE invoice_id = :invoice AND status = 'QUEUED'")
                .param("invoice", invoice.value()).update();
    }

    /** The newest of these mails (by Message-ID) that was about a request. */
    Optional<CitedRequest> newestAboutRequest(Collection<String> messageIds) {
        return jdbc.sql("""
                SELECT request_id, created_at FROM outbox_message
                WHERE message_id IN (:ids) AND request_id IS NOT NULL
                ORDER BY created_at DESC LIMIT 1""").param("ids", messageIds)
                .query((rs, n) -> new CitedRequest(new RequestId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    private static OutboxMessage map(ResultSet rs, int n) throws SQLException {
        UUID request = rs.getObject("request_id", UUID.class);
        UUID invoice = rs.getObject("invoice_id", UUID.class);
        return new OutboxMessage(new OutboxMessageId(rs.getObject("id", UUID.class)),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("kind"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body_text"), request == null ? null : new RequestId(request),
                rs.getString("status"), rs.getInt("attempts"), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("last_error"), invoice == null ? null : new InvoiceId(invoice), rs.getString("message_id"),
                rs.getObject("next_attempt", OffsetDateTime.class), rs.getObject("last_attempt", OffsetDateTime.class));
    }
}
