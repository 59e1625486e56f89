package lt.pagalba.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import lt.pagalba.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each staff member's choice of notices by e-mail ({@link NotificationSettings}). The mail module reads
 * them through the view {@code staff_notification_terms} (V50) before it queues a notice. Changes are
 * audited like the rest of a staff member's record.
 */
@Service
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    NotificationPreferences(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
    }

    /** A known staff member's settings, the defaults until they choose. */
    public NotificationSettings of(String username) {
        staff.get(username);
        return jdbc.sql("SELECT language, lead, member, urgent, escalation FROM staff_notification_terms WHERE username = :u")
                .param("u", username).query(NotificationPreferences::settings).single();
    }

    @Transactional
    public NotificationSettings update(String username, NotificationSettings next) {
        NotificationSettings before = of(username);
        jdbc.sql("""
                INSERT INTO staff_notification_settings (username, language, lead, member, urgent, escalation)
                VALUES (:u, :language, :lead, :member, :urgent, :escalation)
                ON CONFLICT (username) DO UPDATE SET language = excluded.language, lead = excluded.lead,
                  member = excluded.member, urgent = excluded.urgent, escalation = excluded.escalation""")
                .param("u", username).param("language", next.language()).param("lead", next.lead())
                .param("member", next.member()).param("urgent", next.urgent()).param("escalation", next.escalation())
                .update();
        if (!before.equals(next)) {
            audit.record("STAFF", username, null, "NOTIFICATIONS", audited(before), audited(next));
        }
        return next;
    }

    /** As the audit trail shows it: the e-mail switches apart from fields of the same name elsewhere (a request's urgency). */
    private static Map<String, Object> audited(NotificationSettings s) {
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("lead", s.lead());
        mail.put("member", s.member());
        mail.put("urgent", s.urgent());
        mail.put("escalation", s.escalation());
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("language", s.language());
        audited.put("mail", mail);
        return audited;
    }

    static NotificationSettings settings(ResultSet rs, int row) throws SQLException {
        return new NotificationSettings(rs.getString("language"), rs.getBoolean("lead"), rs.getBoolean("member"),
                rs.getBoolean("urgent"), rs.getBoolean("escalation"));
    }
}
