package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based statements billing reaches through {@link WorkEntryLocks}: what is unbilled, and
 * locking and unlocking entries under references billing gives (the journal does not know what
 * they mean). A month's run locks a million rows, so each is one statement however many ranges.
 */
@Repository
class EntryLocks {

    private final JdbcClient jdbc;

    EntryLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Found through the client's entries: the lock reference has no index of its own (see V17). */
    int unlock(ClientId clientId, String reference) {
        return jdbc.sql("UPDATE work_entry SET locked_at = NULL, lock_ref = NULL WHERE client_id = :client AND lock_ref = :ref")
                .param("client", clientId.value()).param("ref", reference).update();
    }

    /** Per client, the months with work not yet billed up to a day; a correction counts in its entry's month. */
    Map<ClientId, List<YearMonth>> unbilledMonths(LocalDate upTo) {
        Map<ClientId, List<YearMonth>> months = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT client_id, CAST(date_trunc('month', work_date) AS date) AS month FROM work_entry
                WHERE corrects IS NULL AND locked_at IS NULL AND deleted_at IS NULL AND work_date <= :upTo
                UNION
                SELECT e.client_id, CAST(date_trunc('month', o.work_date) AS date) FROM work_entry e
                JOIN work_entry o ON o.id = e.corrects
                WHERE e.corrects IS NOT NULL AND e.locked_at IS NULL AND e.deleted_at IS NULL AND o.work_date <= :upTo
                ORDER BY 1, 2
                """).param("upTo", upTo).query((rs, n) -> months.computeIfAbsent(new ClientId(rs.getObject(1, UUID.class)),
                k -> new ArrayList<>()).add(YearMonth.from(rs.getObject(2, LocalDate.class)))).list();
        return months;
    }

    /**
     * Locks the unbilled entries of many (client, category, period) ranges under their references in one
     * statement each: entries by their work date, corrections by the work date of the entry they correct.
     */
    int lockRanges(List<LockRange> ranges) {
        Map<String, Object> arrays = new LinkedHashMap<>();
        arrays.put("clients", ranges.stream().map(r -> r.clientId().text()).toArray(String[]::new));
        arrays.put("categories", ranges.stream().map(r -> r.category().name()).toArray(String[]::new));
        arrays.put("froms", ranges.stream().map(r -> r.period().from().toString()).toArray(String[]::new));
        arrays.put("tos", ranges.stream().map(r -> r.period().to().toString()).toArray(String[]::new));
        arrays.put("refs", ranges.stream().map(LockRange::reference).toArray(String[]::new));
        // entries are updated where the range scan finds them (no second lookup by id)
        int entries = jdbc.sql("""
                UPDATE work_entry d SET locked_at = now(), lock_ref = r.ref
                FROM unnest(CAST(:clients AS uuid[]), CAST(:categories AS text[]), CAST(:froms AS date[]),
                            CAST(:tos AS date[]), CAST(:refs AS text[])) AS r(client_id, category, p_from, p_to, ref)
                WHERE d.client_id = r.client_id AND d.category = r.category AND d.work_date BETWEEN r.p_from AND r.p_to
                  AND d.corrects IS NULL AND d.locked_at IS NULL AND d.deleted_at IS NULL
                """).params(arrays).update();
        int corrections = jdbc.sql("""
                UPDATE work_entry d SET locked_at = now(), lock_ref = r.ref
                FROM unnest(CAST(:clients AS uuid[]), CAST(:categories AS text[]), CAST(:froms AS date[]),
                            CAST(:tos AS date[]), CAST(:refs AS text[])) AS r(client_id, category, p_from, p_to, ref),
                     work_entry o
                WHERE d.client_id = r.client_id AND d.category = r.category AND d.corrects = o.id
                  AND o.work_date BETWEEN r.p_from AND r.p_to
                  AND d.corrects IS NOT NULL AND d.locked_at IS NULL AND d.deleted_at IS NULL
                """).params(arrays).update();
        return entries + corrections;
    }
}
