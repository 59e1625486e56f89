package lt.pagalba.inbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lt.pagalba.conversation.ClientMail;
import lt.pagalba.conversation.ClientMails;
import lt.pagalba.shared.InboundMessageId;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The client's e-mails of a request for the conversation: those that made or joined it, with their files, in one query. */
@Component
class RequestMails implements ClientMails {

    private static final TypeReference<List<ClientMail.File>> FILES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RequestMails(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<ClientMail> of(RequestId request) {
        return jdbc.sql("""
                SELECT m.id, m.received_at, m.from_address, m.from_name, m.subject, m.body_text, m.quoted_text, m.message_id,
                       (SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.file_name, 'size', a.size)
                                 ORDER BY a.position), '[]')
                        FROM inbound_attachment a WHERE a.message_id = m.id)::text AS files
                FROM inbound_message m
                WHERE m.request_id = :request AND m.status IN ('REGISTERED', 'JOINED')
                ORDER BY m.received_at, m.id""").param("request", request.value())
                .query((rs, n) -> new ClientMail(new InboundMessageId(rs.getObject("id", UUID.class)),
                        rs.getObject("received_at", OffsetDateTime.class).atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime(),
                        rs.getString("from_address"), rs.getString("from_name"), rs.getString("subject"),
                        rs.getString("body_text"), rs.getString("quoted_text"), rs.getString("message_id"),
                        json.readValue(rs.getString("files"), FILES)))
                .list();
    }
}
