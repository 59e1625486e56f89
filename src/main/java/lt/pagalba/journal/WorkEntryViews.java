package lt.pagalba.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journal's lists, read models in plain SQL: the request's number and the client's name come
 * from the views those modules publish ({@code request_reference}, V18; {@code client_terms}, V21).
 */
@Repository
class WorkEntryViews {

    private static final String SELECT = """
            SELECT e.id, e.request_id, r.number, e.client_id, cl.name AS client_name, e.consultant, e.work_date, e.minutes,
                   e.mode, e.category, e.description, e.reason, e.corrects, e.created_at, e.created_by,
                   %s AS locked, e.deleted_at IS NOT NULL AS deleted
            FROM work_entry e JOIN request_reference r ON r.id = e.request_id JOIN client_terms cl ON cl.id = e.client_id
            """.formatted(BilledRange.COVERS_ENTRY);
    private static final String IN_ORDER = " ORDER BY e.work_date, e.created_at";

    private final JdbcClient jdbc;

    WorkEntryViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WorkEntryView> live(WorkEntryId id) {
        return jdbc.sql(SELECT + " WHERE e.id = :id AND e.deleted_at IS NULL").param("id", id.value())
                .query(WorkEntryViews::view).optional();
    }

    List<WorkEntryView> ofRequest(RequestId requestId) {
        return jdbc.sql(SELECT + " WHERE e.request_id = :id AND e.deleted_at IS NULL" + IN_ORDER)
                .param("id", requestId.value()).query(WorkEntryViews::view).list();
    }

    /** A consultant's entries between two days; null consultant means everyone's. */
    List<WorkEntryView> ofConsultant(String consultant, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                 WHERE (CAST(:consultant AS text) IS NULL OR e.consultant = :consultant) AND e.work_date BETWEEN :from AND :to
                   AND e.deleted_at IS NULL""" + IN_ORDER).param("consultant", consultant).param("from", from).param("to", to)
                .query(WorkEntryViews::view).list();
    }

    List<WorkEntryView> ofClient(ClientId clientId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " WHERE e.client_id = :client AND e.work_date BETWEEN :from AND :to AND e.deleted_at IS NULL"
                        + IN_ORDER).param("client", clientId.value()).param("from", from).param("to", to)
                .query(WorkEntryViews::view).list();
    }

    /** The entries in the ranges billed under a reference (V64): exactly those behind an invoice line. */
    List<WorkEntryView> lockedUnder(ClientId clientId, String reference) {
        return jdbc.sql(SELECT + " JOIN billed_range b ON " + BilledRange.HOLDS_ENTRY
                        + " WHERE e.client_id = :client AND b.client_id = :client AND b.lock_ref = :ref AND e.deleted_at IS NULL"
                        + IN_ORDER)
                .param("client", clientId.value()).param("ref", reference).query(WorkEntryViews::view).list();
    }

    private static WorkEntryView view(ResultSet rs, int n) throws SQLException {
        UUID corrects = rs.getObject("corrects", UUID.class);
        return new WorkEntryView(new WorkEntryId(rs.getObject("id", UUID.class)),
                new RequestId(rs.getObject("request_id", UUID.class)), rs.getString("number"),
                new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("client_name"), rs.getString("consultant"),
                rs.getObject("work_date", LocalDate.class), rs.getInt("minutes"), WorkMode.valueOf(rs.getString("mode")),
                WorkCategory.valueOf(rs.getString("category")), rs.getString("description"), rs.getString("reason"),
                corrects == null ? null : new WorkEntryId(corrects),
                rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime(),
                rs.getString("created_by"), rs.getBoolean("locked"), rs.getBoolean("deleted"));
    }
}
