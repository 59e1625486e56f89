package lt.pagalba.audit;

import java.util.List;
import java.util.Map;
import lt.pagalba.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail keeps who changed what and when; the values it recorded lose the person's names,
 * numbers and address, as the records they describe did.
 */
@Component
@Order(9)
class AuditPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "auditTrail";
    }

    /** The recorded changes that name the person's address. */
    @Override
    public List<Map<String, Object>> export(Person person) {
        return jdbc.sql("""
                SELECT occurred_at::text AS "occurredAt", actor, subject, action, before::text AS before, after::text AS after
                FROM audit_entry WHERE before::text ILIKE :like OR after::text ILIKE :like ORDER BY id""")
                .param("like", "%" + like(person.email().value()) + "%").query().listOfRows();
    }

    @Override
    public int erase(Person person) {
        int changed = 0;
        for (String word : person.words()) {
            List<Map<String, Object>> entries = jdbc.sql("""
                    SELECT id, before::text AS before, after::text AS after FROM audit_entry
                    WHERE before::text ILIKE :like OR after::text ILIKE :like""")
                    .param("like", "%" + like(word) + "%").query().listOfRows();
            for (Map<String, Object> entry : entries) {
                changed += jdbc.sql("UPDATE audit_entry SET before = CAST(:before AS jsonb), after = CAST(:after AS jsonb) WHERE id = :id")
                        .param("before", person.scrubJson((String) entry.get("before")))
                        .param("after", person.scrubJson((String) entry.get("after"))).param("id", entry.get("id")).update();
            }
        }
        return changed;
    }

    private static String like(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
