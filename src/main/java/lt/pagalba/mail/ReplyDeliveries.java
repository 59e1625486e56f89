package lt.pagalba.mail;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import lt.pagalba.conversation.Deliveries;
import lt.pagalba.conversation.Delivery;
import lt.pagalba.conversation.MessageId;
import lt.pagalba.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox's side of the conversation: what became of each reply (found by its source key), and resending one. */
@Component
class ReplyDeliveries implements Deliveries {

    static final String SOURCE = "reply:";

    private final JdbcClient jdbc;
    private final Outbox outbox;

    ReplyDeliveries(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public Map<MessageId, Delivery> of(Collection<MessageId> replies) {
        Map<MessageId, Delivery> found = new HashMap<>();
        if (replies.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT source_key, status, last_error, coalesce(sent_at, last_attempt) FROM outbox_message WHERE source_key IN (:keys)")
                .param("keys", replies.stream().map(id -> SOURCE + id).toList())
                .query((rs, n) -> Map.entry(MessageId.parse(rs.getString(1).substring(SOURCE.length())),
                        new Delivery(Delivery.Status.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class))))
                .list().forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    @Override
    public void resend(MessageId reply) {
        OutboxMessage mail = outbox.bySource(SOURCE + reply)
                .orElseThrow(() -> new ConflictException("conversation.resend.waiting"));
        outbox.resend(mail.id());
    }
}
