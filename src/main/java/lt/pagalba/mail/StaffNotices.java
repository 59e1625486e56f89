package lt.pagalba.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import lt.pagalba.staff.NotificationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether a staff member wants a notice by e-mail, and in which language, read through the staff
 * module's view {@code staff_notification_terms} (V50); an address or name no staff member has gets
 * the defaults.
 */
@Repository
class StaffNotices {

    /** A staff member to write to: their address and what they chose. */
    record Recipient(String email, boolean active, NotificationSettings settings) {
    }

    private static final String COLUMNS = "email, active, language, lead, member, urgent, escalation";

    private final JdbcClient jdbc;

    StaffNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Recipient> of(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_notification_terms WHERE username = :u").param("u", username)
                .query(StaffNotices::recipient).optional();
    }

    NotificationSettings ofAddress(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_notification_terms WHERE lower(email) = lower(:e) ORDER BY active DESC LIMIT 1")
                .param("e", email).query(StaffNotices::recipient).optional().map(Recipient::settings)
                .orElse(NotificationSettings.DEFAULTS);
    }

    NotificationSettings settingsOf(String username) {
        return of(username).map(Recipient::settings).orElse(NotificationSettings.DEFAULTS);
    }

    private static Recipient recipient(ResultSet rs, int row) throws SQLException {
        return new Recipient(rs.getString("email"), rs.getBoolean("active"), new NotificationSettings(rs.getString("language"),
                rs.getBoolean("lead"), rs.getBoolean("member"), rs.getBoolean("urgent"), rs.getBoolean("escalation")));
    }
}
