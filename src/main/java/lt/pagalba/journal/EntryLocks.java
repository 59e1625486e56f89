package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.CopyRows;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based statements billing reaches through {@link WorkEntryLocks}: what is unbilled, and
 * recording and taking back what was billed as ranges under references billing gives (the journal
 * does not know what they mean). A month's run bills a million entries and writes a row per line.
 */
@Repository
class EntryLocks {

    private final JdbcClient jdbc;
    private final JdbcTemplate copies;

    EntryLocks(JdbcClient jdbc, JdbcTemplate copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    /**
     * Waits for every entry being written to be committed and keeps new writes waiting until the
     * caller's transaction ends: a snapshot taken after this sees every entry up to the last sequence
     * number, so ranges ending there cover exactly what it read. As a transaction's first statement
     * it comes before its snapshot (PostgreSQL takes that at the first query, not at LOCK).
     */
    void holdStill() {
        jdbc.sql("LOCK TABLE work_entry IN SHARE MODE").update();
    }

    /** Per client, the months that may have work not yet billed up to a day (V64's markers), oldest first. */
    Map<ClientId, List<YearMonth>> unbilledMonths(LocalDate upTo) {
        Map<ClientId, List<YearMonth>> months = new LinkedHashMap<>();
        jdbc.sql("SELECT client_id, month FROM unbilled_month WHERE month <= :upTo ORDER BY client_id, month")
                .param("upTo", upTo).query((rs, n) -> months.computeIfAbsent(new ClientId(rs.getObject(1, UUID.class)),
                        k -> new ArrayList<>()).add(YearMonth.from(rs.getObject(2, LocalDate.class)))).list();
        return months;
    }

    /**
     * Records as billed every unbilled entry of many (client, category, period) locks under their
     * references: a few rows per lock however many entries, then those periods' months are no longer
     * unbilled. Answers how many ranges it wrote.
     */
    int lockRanges(List<LockRange> locks) {
        // already held in a billing run; a caller that reads committed (a dry run) needs it from here on
        holdStill();
        long upToSeq = jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM work_entry_seq")
                .query(Long.class).single();
        Map<String, List<BilledRange>> live = liveRanges(locks);
        // each lock's ranges are cut as they are written (issue 18): while the server takes those before them
        long written = insert(locks.stream().flatMap(lock -> {
            List<BilledRange> earlier = live.computeIfAbsent(key(lock.clientId(), lock.category()), k -> new ArrayList<>());
            List<BilledRange> added = RangeCutter.cut(lock, upToSeq, earlier);
            earlier.addAll(added);
            return added.stream();
        }));
        jdbc.sql("""
                DELETE FROM unbilled_month m USING unnest(CAST(:clients AS uuid[]), CAST(:froms AS date[]), CAST(:tos AS date[]))
                  AS l(client_id, p_from, p_to)
                WHERE m.client_id = l.client_id AND m.month BETWEEN l.p_from AND l.p_to
                """).param("clients", locks.stream().map(l -> l.clientId().text()).toArray(String[]::new))
                .param("froms", locks.stream().map(l -> l.period().from().toString()).toArray(String[]::new))
                .param("tos", locks.stream().map(l -> l.period().to().toString()).toArray(String[]::new)).update();
        return Math.toIntExact(written);
    }

    /**
     * Takes back what was billed under a reference (a cancelled invoice's line): its months are unbilled
     * again for the next run. Answers how many entries it covered.
     */
    int unlock(ClientId clientId, String reference) {
        int entries = jdbc.sql("SELECT count(*) FROM work_entry e JOIN billed_range b ON " + BilledRange.HOLDS_ENTRY
                        + " WHERE e.client_id = :client AND e.deleted_at IS NULL AND b.client_id = :client AND b.lock_ref = :ref")
                .param("client", clientId.value()).param("ref", reference).query(Integer.class).single();
        jdbc.sql("""
                WITH taken AS (DELETE FROM billed_range WHERE client_id = :client AND lock_ref = :ref
                               RETURNING client_id, period_from, period_to)
                INSERT INTO unbilled_month (client_id, month)
                SELECT DISTINCT client_id, CAST(m AS date)
                FROM taken, generate_series(date_trunc('month', period_from), period_to, interval '1 month') AS m
                ON CONFLICT DO NOTHING
                """).param("client", clientId.value()).param("ref", reference).update();
        return entries;
    }

    /**
     * The live ranges that reach into a lock's days, of its client and category, by client and category: all
     * the cutting needs (issue 18: a month's run read every range of its clients' last months too, 25,000 rows
     * of July and August that September's locks never meet).
     */
    private Map<String, List<BilledRange>> liveRanges(List<LockRange> locks) {
        Map<String, List<BilledRange>> live = new HashMap<>();
        if (locks.isEmpty()) {
            return live;
        }
        jdbc.sql("""
                SELECT b.client_id, b.category, b.period_from, b.period_to, b.seq_from, b.seq_to, b.lock_ref FROM billed_range b
                WHERE EXISTS (SELECT 1 FROM unnest(CAST(:clients AS uuid[]), CAST(:categories AS text[]), CAST(:froms AS date[]),
                                                   CAST(:tos AS date[])) AS l(client_id, category, p_from, p_to)
                              WHERE b.client_id = l.client_id AND b.category = l.category
                                AND b.period_from <= l.p_to AND b.period_to >= l.p_from)
                """).param("clients", locks.stream().map(l -> l.clientId().text()).toArray(String[]::new))
                .param("categories", locks.stream().map(l -> l.category().name()).toArray(String[]::new))
                .param("froms", locks.stream().map(l -> l.period().from().toString()).toArray(String[]::new))
                .param("tos", locks.stream().map(l -> l.period().to().toString()).toArray(String[]::new))
                .query((rs, n) -> new BilledRange(new ClientId(rs.getObject(1, UUID.class)), WorkCategory.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getLong(6),
                        rs.getString(7)))
                .list().forEach(r -> live.computeIfAbsent(key(r.clientId(), r.category()), k -> new ArrayList<>()).add(r));
        return live;
    }

    /**
     * Writes the ranges with COPY as they come (a run's 20,000 in one stream), billed at the transaction's time
     * as {@code now()} is; answers how many.
     */
    private long insert(Stream<BilledRange> ranges) {
        OffsetDateTime now = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
        return CopyRows.copy(copies, "billed_range", "client_id, category, period_from, period_to, seq_from, seq_to, lock_ref, billed_at",
                () -> ranges.map(r -> new Object[]{r.clientId().value(), r.category().name(), r.from(), r.to(), r.seqFrom(), r.seqTo(),
                        r.reference(), now}).iterator());
    }

    private static String key(ClientId clientId, WorkCategory category) {
        return clientId.text() + "/" + category;
    }
}
