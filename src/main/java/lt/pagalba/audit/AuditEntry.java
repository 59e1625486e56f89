package lt.pagalba.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded change; {@code before} and {@code after} are the JSON of the record, or null, and
 * {@code changes} lists the fields that differ between them.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String subject, String subjectId,
                         String action, String before, String after, List<Change> changes) {

    /** A field (nested fields as {@code billing.hourlyRate}) and its value before and after. */
    public record Change(String field, String before, String after) {
    }
}
