package lt.pagalba.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.WorkEntryId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The messages of requests and their files, in plain SQL; a request's messages with their files' names in one query. */
@Repository
class Messages {

    private static final TypeReference<List<Message.File>> FILES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    Messages(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Writes the message and its files (in the caller's transaction); returns it as stored. */
    Message insert(Message m, List<Upload> uploads) {
        jdbc.sql("""
                INSERT INTO conversation_message (id, request_id, kind, author, created_at, from_address, to_addresses,
                  cc_addresses, subject, body, message_id, in_reply_to, references_header, work_entry_id)
                VALUES (:id, :request, :kind, :author, :at, :from, :to, :cc, :subject, :body, :messageId, :inReplyTo,
                  :references, :workEntry)
                """).paramSource(new MapSqlParameterSource().addValue("id", m.id().value())
                        .addValue("request", m.requestId().value()).addValue("kind", m.kind().name())
                        .addValue("author", m.author()).addValue("at", m.createdAt()).addValue("from", m.from())
                        .addValue("to", m.to().toArray(new String[0]), Types.ARRAY)
                        .addValue("cc", m.cc().toArray(new String[0]), Types.ARRAY).addValue("subject", m.subject())
                        .addValue("body", m.body()).addValue("messageId", m.messageId()).addValue("inReplyTo", m.inReplyTo())
                        .addValue("references", m.references())
                        .addValue("workEntry", m.workEntry() == null ? null : m.workEntry().value()))
                .update();
        List<Message.File> files = new ArrayList<>();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int position = 0; position < uploads.size(); position++) {
            Upload upload = uploads.get(position);
            MessageFileId id = MessageFileId.random();
            files.add(new Message.File(id, upload.name(), upload.contentType(), upload.content().length));
            rows.add(new MapSqlParameterSource().addValue("id", id.value()).addValue("message", m.id().value())
                    .addValue("position", position).addValue("name", upload.name()).addValue("type", upload.contentType())
                    .addValue("size", upload.content().length).addValue("content", upload.content()));
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO conversation_file (id, message_id, position, file_name, content_type, size, content)
                    VALUES (:id, :message, :position, :name, :type, :size, :content)
                    """, rows.toArray(new MapSqlParameterSource[0]));
        }
        return new Message(m.id(), m.requestId(), m.kind(), m.author(), m.createdAt(), m.from(), m.to(), m.cc(), m.subject(),
                m.body(), m.messageId(), m.inReplyTo(), m.references(), m.workEntry(), files);
    }

    /** When staff last replied to the client on each of these requests (notes are not replies); one read for a list. */
    Map<RequestId, OffsetDateTime> latestReplies(List<RequestId> requests) {
        Map<RequestId, OffsetDateTime> latest = new HashMap<>();
        if (requests.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                SELECT request_id, max(created_at) FROM conversation_message
                WHERE request_id = ANY(CAST(:ids AS uuid[])) AND kind = 'REPLY' GROUP BY request_id""")
                .param("ids", requests.stream().map(RequestId::text).toArray(String[]::new))
                .query(rs -> {
                    latest.put(new RequestId(rs.getObject(1, UUID.class)), rs.getObject(2, OffsetDateTime.class));
                });
        return latest;
    }

    /** The request's messages, oldest first, each with its files' names and sizes. */
    List<Message> ofRequest(RequestId request) {
        return jdbc.sql("""
                SELECT m.*, (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.file_name,
                                 'contentType', f.content_type, 'size', f.size) ORDER BY f.position), '[]')
                             FROM conversation_file f WHERE f.message_id = m.id)::text AS files
                FROM conversation_message m WHERE m.request_id = :request ORDER BY m.created_at, m.id
                """).param("request", request.value()).query(this::message).list();
    }

    Optional<Message> find(MessageId id) {
        return jdbc.sql("SELECT m.*, '[]' AS files FROM conversation_message m WHERE m.id = :id").param("id", id.value())
                .query(this::message).optional();
    }

    /** A file as listed, with the request its message is on. */
    Optional<StoredFile> file(MessageFileId id) {
        return jdbc.sql("""
                SELECT f.file_name, f.content_type, m.request_id FROM conversation_file f
                JOIN conversation_message m ON m.id = f.message_id WHERE f.id = :id""").param("id", id.value())
                .query((rs, n) -> new StoredFile(id, rs.getString(1), rs.getString(2), new RequestId(rs.getObject(3, UUID.class))))
                .optional();
    }

    /** A stored file's name and type, and the request it belongs to. */
    record StoredFile(MessageFileId id, String name, String contentType, RequestId requestId) {
    }

    byte[] content(MessageFileId id) {
        return jdbc.sql("SELECT content FROM conversation_file WHERE id = :id").param("id", id.value())
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /** A file of a reply on this request, with its bytes: a note's file, or another request's, is not found. */
    Optional<ConversationFiles.File> replyFile(RequestId request, MessageFileId id) {
        return jdbc.sql("""
                SELECT f.file_name, f.content_type, f.content FROM conversation_file f
                JOIN conversation_message m ON m.id = f.message_id
                WHERE f.id = :id AND m.request_id = :request AND m.kind = 'REPLY'""")
                .param("id", id.value()).param("request", request.value())
                .query((rs, n) -> new ConversationFiles.File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** The files of a message with their bytes, in order (for the e-mail that carries them). */
    List<ConversationFiles.File> contents(MessageId id) {
        return jdbc.sql("SELECT file_name, content_type, content FROM conversation_file WHERE message_id = :id ORDER BY position")
                .param("id", id.value())
                .query((rs, n) -> new ConversationFiles.File(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    private Message message(ResultSet rs, int n) throws SQLException {
        UUID entry = rs.getObject("work_entry_id", UUID.class);
        return new Message(new MessageId(rs.getObject("id", UUID.class)), new RequestId(rs.getObject("request_id", UUID.class)),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("author"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("from_address"), texts(rs, "to_addresses"),
                texts(rs, "cc_addresses"), rs.getString("subject"), rs.getString("body"), rs.getString("message_id"),
                rs.getString("in_reply_to"), rs.getString("references_header"), entry == null ? null : new WorkEntryId(entry),
                json.readValue(rs.getString("files"), FILES));
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
