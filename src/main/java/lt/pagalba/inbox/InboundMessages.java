package lt.pagalba.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.mail.CitedRequest;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.shared.InboundMessageId;
import lt.pagalba.shared.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbound mail tables, in plain SQL. */
@Repository
class InboundMessages {

    /** A stored incoming message as the quarantine page lists it. */
    record Stored(InboundMessageId id, OffsetDateTime receivedAt, String fromAddress, String subject, int rawSize,
                  String status, String reason, RequestId requestId, int attempts) {
    }

    /** A stored file of an incoming message. */
    record StoredFile(InboundFileId id, InboundMessageId messageId, String fileName, String contentType, int size) {
    }

    private static final String SELECT = """
            SELECT id, received_at, from_address, subject, raw_size, status, reason, request_id, attempts FROM inbound_message""";

    private final JdbcClient jdbc;

    InboundMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the message key in the caller's transaction; false when a message with this key was
     * already stored (or another transaction storing it commits first: PostgreSQL makes this insert
     * wait for it).
     */
    boolean claim(InboundMessageId id, ParsedMail mail, byte[] raw, boolean keepRaw) {
        return jdbc.sql("""
                INSERT INTO inbound_message (id, message_key, message_id, from_address, from_name, subject, sent_at,
                                             body_text, quoted_text, raw_size, raw, status)
                VALUES (:id, :key, :messageId, :from, :fromName, :subject, :sentAt, :text, :quoted, :size, :raw, 'PROCESSING')
                ON CONFLICT (message_key) DO NOTHING
                """)
                .param("id", id.value()).param("key", mail.messageKey()).param("messageId", mail.messageId())
                .param("from", cut(mail.fromAddress(), 320)).param("fromName", cut(mail.fromName(), 300))
                .param("subject", mail.subject()).param("sentAt", mail.sentAt()).param("text", mail.text())
                .param("quoted", mail.quoted()).param("size", raw.length).param("raw", keepRaw ? raw : null)
                .update() == 1;
    }

    /** Takes a quarantined message back for a retry; false when someone else already did. */
    boolean reclaim(InboundMessageId id, ParsedMail mail) {
        return jdbc.sql("""
                UPDATE inbound_message SET status = 'PROCESSING', attempts = attempts + 1, message_id = :messageId,
                  from_address = :from, from_name = :fromName, subject = :subject, sent_at = :sentAt, body_text = :text,
                  quoted_text = :quoted
                WHERE id = :id AND status = 'QUARANTINED'
                """).param("id", id.value()).param("messageId", mail.messageId()).param("from", cut(mail.fromAddress(), 320))
                .param("fromName", cut(mail.fromName(), 300)).param("subject", mail.subject())
                .param("sentAt", mail.sentAt()).param("text", mail.text()).param("quoted", mail.quoted())
                .update() == 1;
    }

    void finish(InboundMessageId id, String status, String reason, RequestId requestId) {
        jdbc.sql("UPDATE inbound_message SET status = :status, reason = :reason, request_id = :requestId WHERE id = :id")
                .param("id", id.value()).param("status", status).param("reason", reason)
                .param("requestId", requestId == null ? null : requestId.value()).update();
    }

    /** Records a message that could not be read or processed, keeping its raw bytes for a retry. */
    void quarantine(String key, byte[] raw, String from, String subject, String reason) {
        jdbc.sql("""
                INSERT INTO inbound_message (id, message_key, from_address, subject, raw_size, raw, status, reason)
                VALUES (:id, :key, :from, :subject, :size, :raw, 'QUARANTINED', :reason)
                ON CONFLICT (message_key) DO UPDATE SET status = 'QUARANTINED', reason = excluded.reason,
                  attempts = inbound_message.attempts + 1
                  WHERE inbound_message.status IN ('PROCESSING', 'QUARANTINED')
                """).param("id", UUID.randomUUID()).param("key", key).param("from", cut(from, 320))
                .param("subject", subject).param("size", raw.length).param("raw", raw).param("reason", cut(reason, 2000))
                .update();
    }

    List<StoredFile> addFiles(InboundMessageId messageId, List<ParsedMail.File> files) {
        List<StoredFile> stored = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ParsedMail.File f = files.get(i);
            InboundFileId id = InboundFileId.random();
            jdbc.sql("""
                    INSERT INTO inbound_attachment (id, message_id, position, file_name, content_type, size, content)
                    VALUES (:id, :message, :position, :name, :type, :size, :content)
                    """).param("id", id.value()).param("message", messageId.value()).param("position", i)
                    .param("name", f.name()).param("type", cut(f.contentType(), 200)).param("size", f.content().length)
                    .param("content", f.content()).update();
            stored.add(new StoredFile(id, messageId, f.name(), f.contentType(), f.content().length));
        }
        return stored;
    }

    /** The request of the newest earlier incoming mail among these Message-IDs that joined one. */
    Optional<CitedRequest> requestCitedBy(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT request_id, received_at FROM inbound_message
                WHERE message_id IN (:ids) AND request_id IS NOT NULL
                ORDER BY received_at DESC LIMIT 1""").param("ids", messageIds)
                .query((rs, n) -> new CitedRequest(new RequestId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, OffsetDateTime.class)))
                .optional();
    }

    Optional<byte[]> raw(InboundMessageId id) {
        return jdbc.sql("SELECT raw FROM inbound_message WHERE id = :id AND raw IS NOT NULL").param("id", id.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    List<Stored> quarantined() {
        return jdbc.sql(SELECT + " WHERE status = 'QUARANTINED' ORDER BY received_at DESC LIMIT 500")
                .query(InboundMessages::stored).list();
    }

    Optional<StoredFile> file(InboundFileId id) {
        return jdbc.sql("SELECT id, message_id, file_name, content_type, size FROM inbound_attachment WHERE id = :id")
                .param("id", id.value()).query((rs, n) -> new StoredFile(new InboundFileId(rs.getObject(1, UUID.class)),
                        new InboundMessageId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .optional();
    }

    /** A file of a client's e-mail that made or joined this request, with its bytes; any other file is not found. */
    Optional<ConversationFiles.File> fileOfRequest(RequestId request, InboundFileId id) {
        return jdbc.sql("""
                SELECT a.file_name, a.content_type, a.content FROM inbound_attachment a
                JOIN inbound_message m ON m.id = a.message_id
                WHERE a.id = :id AND m.request_id = :request AND m.status IN ('REGISTERED', 'JOINED')""")
                .param("id", id.value()).param("request", request.value())
                .query((rs, n) -> new ConversationFiles.File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    byte[] fileContent(InboundFileId id) {
        return jdbc.sql("SELECT content FROM inbound_attachment WHERE id = :id").param("id", id.value())
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        UUID request = rs.getObject("request_id", UUID.class);
        return new Stored(new InboundMessageId(rs.getObject("id", UUID.class)), rs.getObject("received_at", OffsetDateTime.class),
                rs.getString("from_address"), rs.getString("subject"), rs.getInt("raw_size"), rs.getString("status"),
                rs.getString("reason"), request == null ? null : new RequestId(request), rs.getInt("attempts"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
