package lt.pagalba.audit;

import java.time.OffsetDateTime;

/** One recorded change; {@code before} and {@code after} are the JSON of the record, or null. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String subject, String subjectId,
                         String action, String before, String after) {
}
