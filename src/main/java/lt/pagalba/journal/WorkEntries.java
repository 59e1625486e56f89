package lt.pagalba.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Work entries as the write model loads and saves them, in plain SQL. Deleted entries are not found. */
@Repository
class WorkEntries {

    private static final String SELECT = """
            SELECT e.id, e.request_id, e.client_id, e.consultant, e.work_date, e.minutes, e.mode, e.category,
                   e.description, e.reason, e.corrects, e.created_at, e.created_by, %s AS locked,
                   (SELECT coalesce(sum(c.minutes), 0) FROM work_entry c
                    WHERE c.corrects = e.id AND c.deleted_at IS NULL) AS corrected_minutes
            FROM work_entry e
            WHERE e.id = :id AND e.deleted_at IS NULL
            """.formatted(BilledRange.COVERS_ENTRY);

    private final JdbcClient jdbc;

    WorkEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the entry's row while a change, or a correction of it, is checked against it. */
    Optional<WorkEntry> lock(WorkEntryId id) {
        return jdbc.sql(SELECT + " FOR UPDATE OF e").param("id", id.value()).query(WorkEntries::entry).optional();
    }

    void insert(WorkEntry entry) {
        WorkDone w = entry.work();
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, reason, corrects, created_at, created_by)
                VALUES (:id, :requestId, :clientId, :consultant, :workDate, :minutes, :mode, :category, :description,
                  :reason, :corrects, now(), :createdBy)
                """)
                .param("id", entry.id().value()).param("requestId", entry.requestId().value())
                .param("clientId", entry.clientId().value()).param("consultant", w.consultant())
                .param("workDate", w.workDate()).param("minutes", w.minutes()).param("mode", w.mode().name())
                .param("category", w.category().name()).param("description", w.description()).param("reason", w.reason())
                .param("corrects", w.corrects() == null ? null : w.corrects().value())
                .param("createdBy", entry.createdBy()).update();
    }

    /**
     * Saves a change or a deletion; a billed entry is never touched (billing may have billed it since).
     * The entry and its corrections (billed in its period) take new sequence numbers: what changed
     * after a run lies outside that run's ranges, so the next run bills the difference (B5).
     */
    void save(WorkEntry entry) {
        WorkDone w = entry.work();
        int saved = jdbc.sql("""
                UPDATE work_entry e SET consultant = :consultant, work_date = :workDate, minutes = :minutes, mode = :mode,
                  category = :category, description = :description, reason = :reason, seq = nextval('work_entry_seq'),
                  deleted_at = CASE WHEN CAST(:deletedBy AS text) IS NULL THEN NULL ELSE now() END, deleted_by = :deletedBy
                WHERE e.id = :id AND e.deleted_at IS NULL AND NOT %s
                """.formatted(BilledRange.COVERS_ENTRY))
                .param("id", entry.id().value()).param("consultant", w.consultant()).param("workDate", w.workDate())
                .param("minutes", w.minutes()).param("mode", w.mode().name()).param("category", w.category().name())
                .param("description", w.description()).param("reason", w.reason()).param("deletedBy", entry.deletedBy())
                .update();
        if (saved > 0 && !entry.isCorrection()) {
            jdbc.sql("UPDATE work_entry e SET seq = nextval('work_entry_seq') WHERE e.corrects = :id AND NOT "
                    + BilledRange.COVERS_ENTRY).param("id", entry.id().value()).update();
        }
    }

    private static WorkEntry entry(ResultSet rs, int n) throws SQLException {
        UUID corrects = rs.getObject("corrects", UUID.class);
        WorkDone work = new WorkDone(rs.getString("consultant"), rs.getObject("work_date", LocalDate.class),
                rs.getInt("minutes"), WorkMode.valueOf(rs.getString("mode")), WorkCategory.valueOf(rs.getString("category")),
                rs.getString("description"), rs.getString("reason"), corrects == null ? null : new WorkEntryId(corrects));
        return new WorkEntry(new WorkEntryId(rs.getObject("id", UUID.class)), new RequestId(rs.getObject("request_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), work,
                rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime(),
                rs.getString("created_by"), rs.getBoolean("locked"), rs.getInt("corrected_minutes"));
    }
}
