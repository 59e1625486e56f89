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

    /** Queues a message; returns false when the same source already queued one. */
    boolean queue(String kind, String sourceKey, String recipient, String subject, String bodyText, String requestId) {
        return jdbc.sql("""
                INSERT INTO outbox_message (id, kind, recipient, subject, body_text, request_id, source_key)
                VALUES (:id, :kind, :recipient, :subject, :body, :requestId, :source)
                ON CONFLICT (source_key) DO NOTHING
                """)
                .param("id", UUID.randomUUID()).param("kind", kind).param("recipient", recipient)
                .param("subject", subject).param("body", bodyText)
                .param("requestId", requestId == null ? null : UUID.fromString(requestId)).param("source", sourceKey)
                .update() == 1;
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
