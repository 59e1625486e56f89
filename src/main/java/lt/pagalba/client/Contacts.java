package lt.pagalba.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact table, in plain SQL. E-mail addresses are compared without case. */
@Repository
class Contacts {

    static final String COLUMNS = "id, client_id, first_name, last_name, position, phone, email";

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Contact> ofClient(ClientId clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE client_id = :c ORDER BY last_name, first_name, id")
                .param("c", clientId.value()).query(Contacts::contact).list();
    }

    Contact get(ClientId clientId, ContactId contactId) {
        return find(clientId, contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
    }

    Optional<Contact> find(ClientId clientId, ContactId contactId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE id = :id AND client_id = :c")
                .param("id", contactId.value()).param("c", clientId.value()).query(Contacts::contact).optional();
    }

    Optional<Contact> byEmail(ClientId clientId, EmailAddress email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE client_id = :c AND lower(email) = lower(:e)")
                .param("c", clientId.value()).param("e", email.value()).query(Contacts::contact).optional();
    }

    /** Contacts of any client with this e-mail address, the most recently added first. */
    List<Contact> byEmail(EmailAddress email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE lower(email) = lower(:e) ORDER BY created_at DESC, id")
                .param("e", email.value()).query(Contacts::contact).list();
    }

    /** Serialises adding a contact with this e-mail to this client, so two callers at once make one contact. */
    void lockEmail(ClientId clientId, EmailAddress email) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('contact:' || :client || lower(:email), 0))")
                .param("client", clientId.text()).param("email", email.value()).query().singleValue();
    }

    void insert(ContactId id, ClientId clientId, ContactCommand c) {
        jdbc.sql("""
                INSERT INTO contact (id, client_id, first_name, last_name, position, phone, email)
                VALUES (:id, :clientId, :firstName, :lastName, :position, :phone, :email)
                """)
                .param("id", id.value()).param("clientId", clientId.value()).param("firstName", c.firstName())
                .param("lastName", c.lastName()).param("position", c.position())
                .param("phone", Objects.toString(c.phone(), null)).param("email", c.email().value()).update();
    }

    void update(ContactId id, ContactCommand c) {
        jdbc.sql("""
                UPDATE contact SET first_name = :firstName, last_name = :lastName, position = :position, phone = :phone,
                  email = :email WHERE id = :id
                """)
                .param("id", id.value()).param("firstName", c.firstName()).param("lastName", c.lastName())
                .param("position", c.position()).param("phone", Objects.toString(c.phone(), null))
                .param("email", c.email().value()).update();
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return contact(rs, "");
    }

    /** A contact from columns named as in {@link #COLUMNS}, each with this prefix (a join names them {@code k_id}, …). */
    static Contact contact(ResultSet rs, String prefix) throws SQLException {
        String phone = rs.getString(prefix + "phone");
        return new Contact(new ContactId(rs.getObject(prefix + "id", UUID.class)),
                new ClientId(rs.getObject(prefix + "client_id", UUID.class)), rs.getString(prefix + "first_name"),
                rs.getString(prefix + "last_name"), rs.getString(prefix + "position"),
                phone == null ? null : new PhoneNumber(phone), new EmailAddress(rs.getString(prefix + "email")));
    }
}
