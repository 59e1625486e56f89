package lt.pagalba.request;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person as the contact of requests: the snapshot of them taken at registration, and their
 * names and numbers wherever the summary, the description or the timeline repeats them.
 */
@Component
@Order(2)
class RequestPersonalData implements PersonalData {

    private static final String MINE = "(lower(contact_email) = lower(:email) OR contact_id IN (:ids))";

    private final JdbcClient jdbc;

    RequestPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "requests";
    }

    @Override
    public Person identify(Person person) {
        Set<String> words = new HashSet<>();
        Set<ContactId> contacts = new HashSet<>();
        jdbc.sql("SELECT contact_id, contact_first_name, contact_last_name, contact_phone FROM support_request WHERE " + MINE)
                .param("email", person.email().value()).param("ids", ids(person)).query((rs, n) -> {
                    UUID contact = rs.getObject("contact_id", UUID.class);
                    if (contact != null) {
                        contacts.add(new ContactId(contact));
                    }
                    String first = rs.getString("contact_first_name");
                    String last = rs.getString("contact_last_name");
                    if (first != null && last != null) {
                        words.add(first + " " + last);
                    }
                    words.add(first);
                    words.add(last);
                    words.add(rs.getString("contact_phone"));
                    return n;
                }).list();
        return person.with(words, contacts);
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return jdbc.sql("""
                SELECT number, received_at::text AS "receivedAt", channel, contact_first_name AS "firstName",
                       contact_last_name AS "lastName", contact_position AS position, contact_phone AS phone,
                       contact_email AS email, summary, description, status
                FROM support_request WHERE""" + " " + MINE + " ORDER BY received_at")
                .param("email", person.email().value()).param("ids", ids(person)).query().listOfRows();
    }

    @Override
    public int erase(Person person) {
        List<Map<String, Object>> requests = jdbc.sql("SELECT id, summary, description FROM support_request WHERE " + MINE)
                .param("email", person.email().value()).param("ids", ids(person)).query().listOfRows();
        for (Map<String, Object> request : requests) {
            UUID id = (UUID) request.get("id");
            jdbc.sql("""
                    UPDATE support_request SET contact_first_name = :erased, contact_last_name = :erased, contact_position = NULL,
                      contact_phone = NULL, contact_email = :address, summary = :summary, description = :description
                    WHERE id = :id""").param("erased", ERASED).param("address", Person.erasedAddress(id))
                    .param("summary", person.scrub((String) request.get("summary")))
                    .param("description", person.scrub((String) request.get("description"))).param("id", id).update();
            jdbc.sql("SELECT id, details::text FROM request_event WHERE request_id = :id").param("id", id)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().forEach(event -> {
                        String scrubbed = person.scrubJson(event.getValue());
                        if (!scrubbed.equals(event.getValue())) {
                            jdbc.sql("UPDATE request_event SET details = CAST(:details AS jsonb) WHERE id = :id")
                                    .param("details", scrubbed).param("id", event.getKey()).update();
                        }
                    });
        }
        return requests.size();
    }

    private static List<UUID> ids(Person person) {
        List<UUID> ids = person.contacts().stream().map(ContactId::value).toList();
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }
}
