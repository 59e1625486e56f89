package lt.pagalba.conversation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person as an addressee of staff's replies (To or Cc): their address is replaced in those replies,
 * and their names and numbers leave the subject and the text. Notes name no addressee; a note that
 * names the person loses the name too when it is on a reply's request.
 */
@Component
@Order(6)
class ConversationPersonalData implements PersonalData {

    private static final String ADDRESSED = """
            lower(:email) = ANY (SELECT lower(a) FROM unnest(to_addresses || cc_addresses) a)""";

    private final JdbcClient jdbc;

    ConversationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "conversation";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return jdbc.sql("""
                SELECT created_at::text AS "createdAt", kind, array_to_string(to_addresses, ', ') AS "to",
                       array_to_string(cc_addresses, ', ') AS cc, subject, body
                FROM conversation_message WHERE""" + " " + ADDRESSED + " ORDER BY created_at")
                .param("email", person.email().value()).query().listOfRows();
    }

    @Override
    public int erase(Person person) {
        List<Map<String, Object>> messages = jdbc.sql("""
                SELECT id, subject, body FROM conversation_message
                WHERE""" + " " + ADDRESSED + """
                 OR request_id IN (SELECT request_id FROM conversation_message WHERE""" + " " + ADDRESSED + ")")
                .param("email", person.email().value()).query().listOfRows();
        for (Map<String, Object> message : messages) {
            UUID id = (UUID) message.get("id");
            String erased = Person.erasedAddress(id);
            jdbc.sql("""
                    UPDATE conversation_message SET
                      to_addresses = ARRAY(SELECT CASE WHEN lower(a) = lower(:email) THEN :erased ELSE a END FROM unnest(to_addresses) a),
                      cc_addresses = ARRAY(SELECT CASE WHEN lower(a) = lower(:email) THEN :erased ELSE a END FROM unnest(cc_addresses) a),
                      subject = :subject, body = :body
                    WHERE id = :id""").param("email", person.email().value()).param("erased", erased)
                    .param("subject", person.scrub((String) message.get("subject")))
                    .param("body", person.scrub((String) message.get("body"))).param("id", id).update();
        }
        return messages.size();
    }
}
