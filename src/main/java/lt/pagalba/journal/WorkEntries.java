package lt.pagalba.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The work entry table, in plain SQL. */
@Repository
class WorkEntries {

    private static final String SELECT = """
            SELECT e.id, e.request_id, r.number, e.client_id, cl.name AS client_name, e.consultant, e.work_date, e.minutes, e.mode, e.category,
                   e.description, e.reason, e.corrects, e.created_at, e.created_by, e.locked_at IS NOT NULL AS locked,
                   e.deleted_at IS NOT NULL AS deleted
            FROM work_entry e JOIN support_request r ON r.id = e.request_id JOIN client cl ON cl.id = e.client_id
            """;

    private final JdbcClient jdbc;

    WorkEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID requestId, UUID clientId, WorkEntryForm f, String reason, String createdBy) {
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, reason, corrects, created_at, created_by)
                VALUES (:id, :requestId, :clientId, :consultant, :workDate, :minutes, :mode, :category, :description,
                  :reason, :corrects, now(), :createdBy)
                """)
                .param("id", id).param("requestId", requestId).param("clientId", clientId)
                .param("consultant", f.consultant()).param("workDate", f.workDate()).param("minutes", f.minutes())
                .param("mode", f.mode().name()).param("category", f.category().name())
                .param("description", f.description().trim()).param("reason", reason)
                .param("corrects", f.corrects() == null ? null : UUID.fromString(f.corrects()))
                .param("createdBy", createdBy).update();
    }

    void update(UUID id, WorkEntryForm f, String reason) {
        jdbc.sql("""
                UPDATE work_entry SET consultant = :consultant, work_date = :workDate, minutes = :minutes, mode = :mode,
                  category = :category, description = :description, reason = :reason
                WHERE id = :id AND locked_at IS NULL AND deleted_at IS NULL
                """)
                .param("id", id).param("consultant", f.consultant()).param("workDate", f.workDate())
                .param("minutes", f.minutes()).param("mode", f.mode().name()).param("category", f.category().name())
                .param("description", f.description().trim()).param("reason", reason).update();
    }

    void delete(UUID id, String by) {
        jdbc.sql("UPDATE work_entry SET deleted_at = now(), deleted_by = :by WHERE id = :id AND locked_at IS NULL")
                .param("id", id).param("by", by).update();
    }

    Optional<WorkEntry> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id").param("id", id).query(WorkEntries::entry).optional();
    }

    /** Locks the entry's row while a correction or a change is checked against it. */
    Optional<WorkEntry> findForUpdate(UUID id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id FOR UPDATE OF e").param("id", id).query(WorkEntries::entry).optional();
    }

    /** Minutes the live corrections of an entry already took away (zero or negative). */
    int correctedMinutes(UUID id) {
        return jdbc.sql("SELECT coalesce(sum(minutes), 0) FROM work_entry WHERE corrects = :id AND deleted_at IS NULL")
                .param("id", id).query(Integer.class).single();
    }

    List<WorkEntry> ofRequest(UUID requestId) {
        return jdbc.sql(SELECT + " WHERE e.request_id = :id AND e.deleted_at IS NULL ORDER BY e.work_date, e.created_at")
                .param("id", requestId).query(WorkEntries::entry).list();
    }

    List<WorkEntry> ofConsultant(String consultant, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                 WHERE (:consultant IS NULL OR e.consultant = :consultant) AND e.work_date BETWEEN :from AND :to
                   AND e.deleted_at IS NULL ORDER BY e.work_date, e.created_at
                """).param("consultant", consultant).param("from", from).param("to", to)
                .query(WorkEntries::entry).list();
    }

    List<WorkEntry> ofClient(UUID clientId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                 WHERE e.client_id = :client AND e.work_date BETWEEN :from AND :to AND e.deleted_at IS NULL
                 ORDER BY e.work_date, e.created_at
                """).param("client", clientId).param("from", from).param("to", to)
                .query(WorkEntries::entry).list();
    }

    int lock(List<UUID> ids, String reference) {
        return jdbc.sql("UPDATE work_entry SET locked_at = now(), lock_ref = :ref WHERE id IN (:ids) AND locked_at IS NULL AND deleted_at IS NULL")
                .param("ref", reference).param("ids", ids).update();
    }

    /** Found through the client's entries: the lock reference has no index of its own (see V17). */
    int unlock(UUID clientId, String reference) {
        return jdbc.sql("UPDATE work_entry SET locked_at = NULL, lock_ref = NULL WHERE client_id = :client AND lock_ref = :ref")
                .param("client", clientId).param("ref", reference).update();
    }

    /** Per client, the months (first days) with work not yet billed up to a day; a correction counts on its entry's day. */
    Map<String, List<LocalDate>> unbilledMonths(LocalDate upTo) {
        Map<String, List<LocalDate>> months = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT client_id, CAST(date_trunc('month', work_date) AS date) AS month FROM work_entry
                WHERE corrects IS NULL AND locked_at IS NULL AND deleted_at IS NULL AND work_date <= :upTo
                UNION
                SELECT e.client_id, CAST(date_trunc('month', o.work_date) AS date) FROM work_entry e
                JOIN work_entry o ON o.id = e.corrects
                WHERE e.corrects IS NOT NULL AND e.locked_at IS NULL AND e.deleted_at IS NULL AND o.work_date <= :upTo
                ORDER BY 1, 2
                """).param("upTo", upTo).query((rs, n) -> months.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(rs.getObject(2, LocalDate.class))).list();
        return months;
    }

    /**
     * Locks the unbilled entries of many (client, category, period) ranges under their references in one
     * statement: entries by their work date, corrections by the work date of the entry they correct.
     */
    int lockRanges(List<ConsultationJournal.LockRange> ranges) {
        String[] clients = ranges.stream().map(ConsultationJournal.LockRange::clientId).toArray(String[]::new);
        String[] categories = ranges.stream().map(r -> r.category().name()).toArray(String[]::new);
        String[] froms = ranges.stream().map(r -> r.period().from().toString()).toArray(String[]::new);
        String[] tos = ranges.stream().map(r -> r.period().to().toString()).toArray(String[]::new);
        String[] refs = ranges.stream().map(ConsultationJournal.LockRange::reference).toArray(String[]::new);
        // entries are updated where the range scan finds them (no second lookup by id)
        int entries = jdbc.sql("""
                UPDATE work_entry d SET locked_at = now(), lock_ref = r.ref
                FROM unnest(CAST(:clients AS uuid[]), CAST(:categories AS text[]), CAST(:froms AS date[]),
                            CAST(:tos AS date[]), CAST(:refs AS text[])) AS r(client_id, category, p_from, p_to, ref)
                WHERE d.client_id = r.client_id AND d.category = r.category AND d.work_date BETWEEN r.p_from AND r.p_to
                  AND d.corrects IS NULL AND d.locked_at IS NULL AND d.deleted_at IS NULL
                """).param("clients", clients).param("categories", categories).param("froms", froms)
                .param("tos", tos).param("refs", refs).update();
        int corrections = jdbc.sql("""
                UPDATE work_entry d SET locked_at = now(), lock_ref = r.ref
                FROM unnest(CAST(:clients AS uuid[]), CAST(:categories AS text[]), CAST(:froms AS date[]),
                            CAST(:tos AS date[]), CAST(:refs AS text[])) AS r(client_id, category, p_from, p_to, ref),
                     work_entry o
                WHERE d.client_id = r.client_id AND d.category = r.category AND d.corrects = o.id
                  AND o.work_date BETWEEN r.p_from AND r.p_to
                  AND d.corrects IS NOT NULL AND d.locked_at IS NULL AND d.deleted_at IS NULL
                """).param("clients", clients).param("categories", categories).param("froms", froms)
                .param("tos", tos).param("refs", refs).update();
        return entries + corrections;
    }

    /** Found through the client's entries: the lock reference has no index of its own (see V17). */
    List<WorkEntry> lockedUnder(UUID clientId, String reference) {
        return jdbc.sql(SELECT + " WHERE e.client_id = :client AND e.lock_ref = :ref ORDER BY e.work_date, e.created_at")
                .param("client", clientId).param("ref", reference).query(WorkEntries::entry).list();
    }

    private static WorkEntry entry(ResultSet rs, int n) throws SQLException {
        return new WorkEntry(rs.getString("id"), rs.getString("request_id"), rs.getString("number"),
                rs.getString("client_id"), rs.getString("client_name"), rs.getString("consultant"), rs.getObject("work_date", LocalDate.class),
                rs.getInt("minutes"), WorkMode.valueOf(rs.getString("mode")), WorkCategory.valueOf(rs.getString("category")),
                rs.getString("description"), rs.getString("reason"), rs.getString("corrects"),
                rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime(),
                rs.getString("created_by"), rs.getBoolean("locked"), rs.getBoolean("deleted"));
    }
}
