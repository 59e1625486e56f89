package lt.pagalba.client;

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

/** A person as a contact of clients: name, position, phone and address go; the contact stays, so requests keep their link. */
@Component
@Order(1)
class ContactPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ContactPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "contacts";
    }

    @Override
    public Person identify(Person person) {
        Set<String> words = new HashSet<>();
        Set<ContactId> contacts = new HashSet<>();
        jdbc.sql("SELECT id, first_name, last_name, phone, email FROM contact WHERE lower(email) = lower(:email) OR id IN (:ids)")
                .param("email", person.email().value()).param("ids", ids(person))
                .query((rs, n) -> {
                    contacts.add(new ContactId(rs.getObject("id", UUID.class)));
                    words.add(rs.getString("first_name") + " " + rs.getString("last_name"));
                    words.addAll(List.of(rs.getString("first_name"), rs.getString("last_name"), rs.getString("email")));
                    words.add(rs.getString("phone"));
                    return n;
                }).list();
        return person.with(words, contacts);
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return jdbc.sql("""
                SELECT co.id::text AS id, cl.name AS client, co.first_name AS "firstName", co.last_name AS "lastName",
                       co.position, co.phone, co.email, co.created_at::text AS "createdAt"
                FROM contact co JOIN client cl ON cl.id = co.client_id WHERE co.id IN (:ids) ORDER BY co.created_at""")
                .param("ids", ids(person)).query().listOfRows();
    }

    @Override
    public int erase(Person person) {
        int erased = 0;
        for (UUID id : person.contacts().stream().map(ContactId::value).toList()) {
            erased += jdbc.sql("""
                    UPDATE contact SET first_name = :erased, last_name = :erased, position = NULL, phone = NULL, email = :address
                    WHERE id = :id""").param("erased", ERASED).param("address", Person.erasedAddress(id)).param("id", id).update();
        }
        return erased;
    }

    /** The contacts' ids, never empty (SQL's IN () is no valid list). */
    private static List<UUID> ids(Person person) {
        List<UUID> ids = person.contacts().stream().map(ContactId::value).toList();
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }
}
