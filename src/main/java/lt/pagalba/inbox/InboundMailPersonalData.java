package lt.pagalba.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person as the sender of mail to the support mailbox: the sender's address and name go, their
 * names and numbers leave the subject and the text, and the raw message (which holds them all) is
 * dropped. The files they sent stay with the request.
 */
@Component
@Order(3)
class InboundMailPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    InboundMailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "inboundMail";
    }

    @Override
    public Person identify(Person person) {
        return person.with(jdbc.sql("SELECT from_name FROM inbound_message WHERE lower(from_address) = lower(:email) AND from_name IS NOT NULL")
                .param("email", person.email().value()).query(String.class).set(), Set.of());
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return jdbc.sql("""
                SELECT received_at::text AS "receivedAt", from_address AS "from", from_name AS "fromName", subject,
                       body_text AS text, status
                FROM inbound_message WHERE lower(from_address) = lower(:email) ORDER BY received_at""")
                .param("email", person.email().value()).query().listOfRows();
    }

    @Override
    public int erase(Person person) {
        List<Map<String, Object>> messages = jdbc.sql("""
                SELECT id, subject, body_text, quoted_text FROM inbound_message WHERE lower(from_address) = lower(:email)""")
                .param("email", person.email().value()).query().listOfRows();
        for (Map<String, Object> message : messages) {
            UUID id = (UUID) message.get("id");
            jdbc.sql("""
                    UPDATE inbound_message SET from_address = :address, from_name = NULL, subject = :subject, body_text = :text,
                      quoted_text = :quoted, raw = NULL
                    WHERE id = :id""").param("address", Person.erasedAddress(id))
                    .param("subject", person.scrub((String) message.get("subject")))
                    .param("text", person.scrub((String) message.get("body_text")))
                    .param("quoted", person.scrub((String) message.get("quoted_text"))).param("id", id).update();
        }
        return messages.size();
    }
}
