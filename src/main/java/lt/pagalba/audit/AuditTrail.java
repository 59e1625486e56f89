package lt.pagalba.audit;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the caller's transaction, so a change and its audit entry are kept or lost
 * together. The actor is the authenticated staff member, or {@code system} for jobs.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param subject  what kind of record changed ({@code CLIENT}, {@code CONTACT}, …)
     * @param subjectId its id
     * @param ownerId  the record whose history shows this change (a contact's client), or null
     * @param action   {@code CREATED}, {@code UPDATED}, {@code DELETED} or a domain word
     */
    public void record(String subject, Object subjectId, Object ownerId, String action, Object before, Object after) {
        jdbc.sql("""
                INSERT INTO audit_entry (actor, subject, subject_id, owner_id, action, before, after)
                VALUES (:actor, :subject, :subjectId, :ownerId, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))
                """)
                .param("actor", Actor.current().name())
                .param("subject", subject)
                .param("subjectId", String.valueOf(subjectId))
                .param("ownerId", ownerId == null ? String.valueOf(subjectId) : String.valueOf(ownerId))
                .param("action", action)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** Everything recorded for a record and the records it owns, newest first. */
    public List<AuditEntry> historyOf(Object ownerId, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, subject, subject_id, action, before::text, after::text
                FROM audit_entry WHERE owner_id = :ownerId ORDER BY occurred_at DESC, id DESC LIMIT :limit
                """)
                .param("ownerId", String.valueOf(ownerId))
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), Changes.between(json, rs.getString(7), rs.getString(8))))
                .list();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
