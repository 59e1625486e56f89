package lt.pagalba.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lt.pagalba.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person as a recipient of Pagalba's mail, alone, as one of several or on copy: their address goes
 * (the others on the mail stay) and their names and numbers leave the subject and the bodies. A mail
 * still waiting is not sent any more.
 */
@Component
@Order(4)
class OutboundMailPersonalData implements PersonalData {

    /** The outbox keeps the To and the Cc addresses each as one text, separated by commas. */
    private static final String ADDRESSED = """
            (lower(:email) = ANY (string_to_array(lower(replace(recipient, ' ', '')), ','))
             OR lower(:email) = ANY (string_to_array(lower(replace(coalesce(cc, ''), ' ', '')), ',')))""";

    private final JdbcClient jdbc;

    OutboundMailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "outboundMail";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return jdbc.sql("""
                SELECT created_at::text AS "createdAt", kind, recipient, subject, body_text AS text, status, sent_at::text AS "sentAt"
                FROM outbox_message WHERE %s ORDER BY created_at""".formatted(ADDRESSED))
                .param("email", person.email().value()).query().listOfRows();
    }

    @Override
    public int erase(Person person) {
        List<Map<String, Object>> mails = jdbc.sql("""
                SELECT id, recipient, cc, subject, body_text, body_html FROM outbox_message WHERE %s""".formatted(ADDRESSED))
                .param("email", person.email().value()).query().listOfRows();
        for (Map<String, Object> mail : mails) {
            UUID id = (UUID) mail.get("id");
            jdbc.sql("""
                    UPDATE outbox_message SET recipient = :to, cc = :cc, subject = :subject, body_text = :text, body_html = :html,
                      status = CASE WHEN status = 'QUEUED' THEN 'FAILED' ELSE status END,
                      last_error = CASE WHEN status = 'QUEUED' THEN 'personal data erased' ELSE last_error END
                    WHERE id = :id""")
                    .param("to", withoutPerson((String) mail.get("recipient"), person, Person.erasedAddress(id)))
                    .param("cc", withoutPerson((String) mail.get("cc"), person, Person.erasedAddress(id)))
                    .param("subject", person.scrub((String) mail.get("subject")))
                    .param("text", person.scrub((String) mail.get("body_text")))
                    .param("html", person.scrub((String) mail.get("body_html"))).param("id", id).update();
        }
        return mails.size();
    }

    /** The addresses of a list as they were, the person's replaced by the erased one. */
    private static String withoutPerson(String addresses, Person person, String erased) {
        if (addresses == null) {
            return null;
        }
        return Arrays.stream(addresses.split(","))
                .map(String::trim)
                .map(address -> address.equalsIgnoreCase(person.email().value()) ? erased : address)
                .collect(Collectors.joining(", "));
    }
}
