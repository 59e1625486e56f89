package lt.pagalba.portal;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.client.Contact;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Portal sessions in PostgreSQL, so every instance knows them and "log out everywhere" ends them all.
 * The cookie holds 256 random bits; the table only their SHA-256.
 */
@Repository
class PortalSessions {

    static final Duration LASTS = Duration.ofDays(30);

    private final JdbcClient jdbc;

    PortalSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new session for this address, already as this contact when the address is one client's only; returns the cookie's value. */
    String open(String email, Contact only) {
        String token = Secrets.newToken();
        jdbc.sql("DELETE FROM portal_session WHERE expires_at < now()").update();
        jdbc.sql("""
                INSERT INTO portal_session (session_hash, email, client_id, contact_id, expires_at)
                VALUES (:h, :e, :client, :contact, now() + :days * interval '1 day')
                """).param("h", Secrets.hash(token)).param("e", email)
                .param("client", only == null ? null : only.clientId().value())
                .param("contact", only == null ? null : only.id().value()).param("days", LASTS.toDays()).update();
        return token;
    }

    Optional<PortalSession> find(String token) {
        return jdbc.sql("SELECT session_hash, email, client_id, contact_id FROM portal_session WHERE session_hash = :h AND expires_at > now()")
                .param("h", Secrets.hash(token))
                .query((rs, n) -> {
                    UUID client = rs.getObject(3, UUID.class);
                    UUID contact = rs.getObject(4, UUID.class);
                    return new PortalSession(rs.getBytes(1), rs.getString(2), client == null ? null : new ClientId(client),
                            contact == null ? null : new ContactId(contact));
                }).optional();
    }

    /** The session goes on as this contact (a contact of several clients chose the company). */
    void choose(byte[] session, Contact contact) {
        jdbc.sql("UPDATE portal_session SET client_id = :client, contact_id = :contact WHERE session_hash = :h")
                .param("client", contact.clientId().value()).param("contact", contact.id().value()).param("h", session).update();
    }

    void end(byte[] session) {
        jdbc.sql("DELETE FROM portal_session WHERE session_hash = :h").param("h", session).update();
    }

    /** Ends every session of this address, on every browser. */
    int endAll(String email) {
        return jdbc.sql("DELETE FROM portal_session WHERE lower(email) = lower(:e)").param("e", email).update();
    }
}
