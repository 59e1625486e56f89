package lt.pagalba.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person as the recipient of Pagalba's mail: the address goes and their names and numbers leave
 * the subject and the bodies. A mail still waiting is not sent any more.
 */
@Component
@Order(4)
class OutboundMailPersonalData implements PersonalData {

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
                FROM outbox_message WHERE lower(recipient) = lower(:email) ORDER BY created_at""")
                .param("email", person.email().value()).query().listOfRows();
    }

    @Override
    public int erase(Person person) {
        List<Map<String, Object>> mails = jdbc.sql("""
                SELECT id, subject, body_text, body_html FROM outbox_message WHERE lower(recipient) = lower(:email)""")
                .param("email", person.email().value()).query().listOfRows();
        for (Map<String, Object> mail : mails) {
            UUID id = (UUID) mail.get("id");
            jdbc.sql("""
                    UPDATE outbox_message SET recipient = :address, subject = :subject, body_text = :text, body_html = :html,
                      status = CASE WHEN status = 'QUEUED' THEN 'FAILED' ELSE status END,
                      last_error = CASE WHEN status = 'QUEUED' THEN 'personal data erased' ELSE last_error END
                    WHERE id = :id""").param("address", Person.erasedAddress(id))
                    .param("subject", person.scrub((String) mail.get("subject")))
                    .param("text", person.scrub((String) mail.get("body_text")))
                    .param("html", person.scrub((String) mail.get("body_html"))).param("id", id).update();
        }
        return mails.size();
    }
}
