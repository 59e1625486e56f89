package lt.pagalba.journal;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues 17 and 18: the pages' usage and the contract-hours report read the journal's monthly sums (V82,
 * {@code work_month}), kept by triggers as entries are written, corrected and deleted and reckoned again when a
 * contract or a client's rounding changes. After every step of a journal's life (entries of several months and
 * both kinds, corrections, a deleted correction, a deleted entry, an entry changed and moved to another month and
 * client, statements of many rows, contracts created, changed, ended, removed, a client's increment changed) the
 * sums answer exactly what the per-entry statements answer: {@link UsageQuery#FROM_SUMS} against
 * {@link UsageQuery#SQL} for every month and quarter, {@link MonthlyHours} against its per-entry statement, and the
 * table itself against the sums reckoned afresh from the entries.
 */
class WorkMonthSumsTests extends ApiTestSupport {

    private static final List<Period> PERIODS = List.of(Period.parse("2025-09"), Period.parse("2025-10"), Period.parse("2025-11"),
            Period.parse("2025-12"), Period.parse("2026-01"), Period.parse("2026-02"),
            Period.parse("2025-Q3"), Period.parse("2025-Q4"), Period.parse("2026-Q1"));

    @Autowired
    UsageReport usage;

    @Autowired
    MonthlyHours months;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSumsAnswerAsTheEntriesDoAfterEveryChange() {
        PastJournal a = journalOf("{\"period\":\"MONTH\",\"hourlyRate\":\"45\",\"incrementMinutes\":15,\"minimumMinutes\":30}");
        PastJournal b = journalOf("{\"period\":\"QUARTER\",\"incrementMinutes\":10,\"minimumMinutes\":0}");
        List<PastJournal> all = List.of(a, b);
        agree(all, "no work yet");

        String first = a.entry(aWorkEntry().of(7).minutes().on("2025-10-01"));
        String corrected = a.entry(aWorkEntry().of(50).minutes().on("2025-10-31"));
        a.entry(aWorkEntry().of(61).minutes().on("2025-11-03").as(ADDITIONAL_WORK));
        b.entry(aWorkEntry().of(16).minutes().on("2025-12-01"));
        b.entry(aWorkEntry().of(44).minutes().on("2026-01-31").as(ADDITIONAL_WORK));
        agree(all, "entries written");
        assertThat(billable(a, "2025-10", CONSULTATION)).as("7 -> 30, 50 -> 60").isEqualTo(90);

        a.entry(aWorkEntry().of(-10).minutes().on("2025-11-02").correcting(corrected));
        String second = a.entry(aWorkEntry().of(-25).minutes().on("2026-01-05").correcting(corrected));
        agree(all, "two corrections of one entry, in later months");
        assertThat(billable(a, "2025-10", CONSULTATION)).as("7 -> 30, 50 - 35 = 15 -> 30").isEqualTo(60);

        String takesAll = a.entry(aWorkEntry().of(-7).minutes().on("2025-10-02").correcting(first));
        agree(all, "a correction that takes all: the month still worked");
        a.deleted(takesAll);
        a.deleted(second);
        agree(all, "corrections deleted");
        jdbc.sql("DELETE FROM work_entry WHERE id = CAST(:id AS uuid)").param("id", takesAll).update();
        agree(all, "a deleted correction removed for good");

        // the journal's writer changes an uncounted entry in place: minutes, day (into another month) and kind
        String changed = a.entry(aWorkEntry().of(20).minutes().on("2025-12-10"));
        jdbc.sql("UPDATE work_entry SET minutes = 95, work_date = DATE '2026-02-01', category = 'ADDITIONAL_WORK' WHERE id = CAST(:id AS uuid)")
                .param("id", changed).update();
        agree(all, "an entry changed and moved to another month");
        jdbc.sql("UPDATE work_entry SET seq = nextval('work_entry_seq') WHERE client_id = CAST(:client AS uuid)")
                .param("client", a.id.text()).update();
        agree(all, "a new sequence number moves no sum");

        // one statement of many rows: an entry deleted with its corrections, and two written at once
        a.entry(aWorkEntry().of(-5).minutes().on("2025-11-20").correcting(firstAdditionalOf(a)));
        jdbc.sql("UPDATE work_entry SET deleted_at = now(), deleted_by = 'admin' WHERE id = CAST(:id AS uuid) OR corrects = CAST(:id AS uuid)")
                .param("id", corrected).update();
        agree(all, "an entry and its corrections deleted in one statement");
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, created_at, created_by)
                SELECT gen_random_uuid(), CAST(:request AS uuid), CAST(:client AS uuid), 'admin', d, m, 'PHONE', 'CONSULTATION', 'Du iš karto', now(), 'admin'
                FROM (VALUES (DATE '2025-10-15', 13), (DATE '2025-12-31', 31), (DATE '2025-12-31', 1)) AS v(d, m)
                """).param("request", b.requestId).param("client", b.id.text()).update();
        agree(all, "three entries in one statement");

        // what the rounding depends on
        a.entry(aWorkEntry().of(10).minutes().on("2025-11-10"));
        agree(all, "an entry the coming contract rounds otherwise");
        assertThat(billable(a, "2025-11", CONSULTATION)).as("10 -> 30 under the client's terms").isEqualTo(30);
        String contract = a.contract(aContract().from("2025-10-15").until("2025-11-30").monthly().roundedUpTo(60).atLeast(60)
                .including(120, CONSULTATION).at("40.00"));
        agree(all, "a contract created mid-month");
        assertThat(billable(a, "2025-11", CONSULTATION)).as("10 -> 60 under the contract").isEqualTo(60);
        a.patchContract(contract, "{\"incrementMinutes\":20,\"minimumMinutes\":0}");
        agree(all, "the contract's increment and minimum changed");
        a.patchContract(contract, "{\"validFrom\":\"2025-09-20\",\"validTo\":\"2025-12-15\"}");
        agree(all, "the contract's days widened");
        a.patchContract(contract, "{\"validFrom\":\"2025-11-01\",\"validTo\":null}");
        agree(all, "the contract's days narrowed and left open");
        a.patchContract(contract, "{\"validTo\":\"2026-01-10\"}");
        agree(all, "the contract ended");
        String bContract = b.contract(aContract().from("2025-01-01").quarterly().roundedUpTo(15).atLeast(45)
                .including(100, CONSULTATION).at("40.00"));
        agree(all, "an open contract of the other client");
        a.patch("{\"billing\":{\"incrementMinutes\":5,\"minimumMinutes\":10}}");
        agree(all, "the client's own increment and minimum changed");
        assertThat(billable(a, "2025-10", CONSULTATION)).as("7 -> 10 under the client's new terms, 7 - 7 -> 0").isEqualTo(10);
        b.deleteContract(bContract);
        agree(all, "a contract removed");

        // a request corrected to another client takes its work along (WorkOfCorrectedClients)
        jdbc.sql("UPDATE work_entry SET client_id = CAST(:to AS uuid), seq = nextval('work_entry_seq') WHERE request_id = CAST(:request AS uuid)")
                .param("to", b.id.text()).param("request", a.requestId).update();
        agree(all, "a request's work moved to another client");
        assertThat(jdbc.sql("SELECT count(*) FROM work_month_now WHERE client_id = CAST(:id AS uuid) AND entries > 0")
                .param("id", a.id.text()).query(Long.class).single()).isZero();
    }

    @Test
    void statementsOfThousandsOfRowsReckonTheirClients() {
        PastJournal a = journalOf("{\"period\":\"MONTH\",\"incrementMinutes\":15,\"minimumMinutes\":30}");
        PastJournal b = journalOf("{\"period\":\"MONTH\",\"incrementMinutes\":10,\"minimumMinutes\":0}");
        String kept = a.entry(aWorkEntry().of(40).minutes().on("2025-12-01"));
        a.entry(aWorkEntry().of(-5).minutes().on("2025-12-02").correcting(kept));
        // more rows than work_month_many(): an import of entries of two clients and their corrections
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, created_at, created_by)
                SELECT gen_random_uuid(), CASE WHEN i % 2 = 0 THEN CAST(:ra AS uuid) ELSE CAST(:rb AS uuid) END,
                       CASE WHEN i % 2 = 0 THEN CAST(:a AS uuid) ELSE CAST(:b AS uuid) END, 'admin',
                       DATE '2025-09-01' + i % 150, 1 + i % 90, 'PHONE', CASE WHEN i % 6 = 0 THEN 'ADDITIONAL_WORK' ELSE 'CONSULTATION' END,
                       'Importas', now(), 'admin'
                FROM generate_series(1, 6000) AS i
                """).param("ra", a.requestId).param("rb", b.requestId).param("a", a.id.text()).param("b", b.id.text()).update();
        agree(List.of(a, b), "six thousand entries in one statement");
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category, description, reason, corrects, created_at, created_by)
                SELECT gen_random_uuid(), request_id, client_id, consultant, DATE '2026-02-01', -1, mode, category, 'Pataisymas', 'Per daug', id, now(), 'admin'
                FROM work_entry WHERE client_id IN (CAST(:a AS uuid), CAST(:b AS uuid)) AND corrects IS NULL AND minutes > 1
                """).param("a", a.id.text()).param("b", b.id.text()).update();
        // the planner's statistics as autovacuum's analyze leaves them after such an import: with the table's
        // corrections still counted as none, the per-entry statements the sums are compared with took 16 s here
        jdbc.sql("ANALYZE work_entry").update();
        agree(List.of(a, b), "thousands of corrections in one statement");
        jdbc.sql("UPDATE work_entry SET work_date = work_date + 20, minutes = CASE WHEN minutes > 0 THEN minutes + 7 ELSE minutes END "
                        + "WHERE client_id IN (CAST(:a AS uuid), CAST(:b AS uuid)) AND description = 'Importas'")
                .param("a", a.id.text()).param("b", b.id.text()).update();
        agree(List.of(a, b), "thousands of entries changed in one statement");
        jdbc.sql("DELETE FROM work_entry WHERE client_id IN (CAST(:a AS uuid), CAST(:b AS uuid)) AND corrects IS NOT NULL AND id::text < '8'")
                .param("a", a.id.text()).param("b", b.id.text()).update();
        agree(List.of(a, b), "thousands of corrections removed in one statement");
    }

    /**
     * A writer of a client's month does not wait for another still open: each adds a row of its own
     * (work_month_delta). With one row per month upserted, the second waited for the first to commit, and
     * two call logs of one request (each an entry, then the request's lock) met in a deadlock so.
     */
    @Test
    void aWriterOfAMonthDoesNotWaitForAnotherStillOpen() throws Exception {
        PastJournal a = journalOf("{\"period\":\"MONTH\",\"incrementMinutes\":15,\"minimumMinutes\":0}");
        a.entry(aWorkEntry().of(10).minutes().on("2025-11-01"));
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> first = pool.submit(() -> transactions.execute(status -> {
                a.entry(aWorkEntry().of(5).minutes().on("2025-11-03"));
                firstWrote.countDown();
                try {
                    secondDone.await(20, TimeUnit.SECONDS);   // its transaction stays open meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(firstWrote.await(20, TimeUnit.SECONDS)).isTrue();
            transactions.execute(status -> {
                jdbc.sql("SET LOCAL lock_timeout = '2s'").update();
                a.entry(aWorkEntry().of(7).minutes().on("2025-11-04"));
                return null;
            });
            secondDone.countDown();
            first.get(20, TimeUnit.SECONDS);
        } finally {
            secondDone.countDown();
            pool.shutdown();
        }
        agree(List.of(a), "two writers of one month, the first still open while the second wrote");
        assertThat(billable(a, "2025-11", CONSULTATION)).isEqualTo(15 + 15 + 15);
    }

    @Test
    void twoWritersOfOneClientAtOnceLoseNothing() throws Exception {
        PastJournal a = journalOf("{\"period\":\"MONTH\",\"incrementMinutes\":15,\"minimumMinutes\":0}");
        a.entry(aWorkEntry().of(10).minutes().on("2025-10-01"));
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int minutes = 1 + i;
                // each its own transaction of 25 entries of the same month and kind: the same row of sums
                Callable<Object> write = () -> transactions.execute(status -> {
                    for (int n = 0; n < 25; n++) {
                        a.entry(aWorkEntry().of(minutes).minutes().on(LocalDate.of(2025, 10, 2 + n)));
                    }
                    return null;
                });
                done.add(pool.submit(write));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        agree(List.of(a), "four writers at once");
        assertThat(billable(a, "2025-10", CONSULTATION)).isEqualTo(15 + 4 * 25 * 15);
    }

    /** The sums' answers, and the table, against the entries', for every month and quarter of the clients. */
    private void agree(List<PastJournal> journals, String step) {
        Map<ClientId, List<Period>> periods = new LinkedHashMap<>();
        journals.forEach(j -> periods.put(j.id, PERIODS));
        // what billing runs and the contract-hours report read, against the entries
        assertThat(usage.usageOfKnownClients(periods)).as(step).isEqualTo(usage.usage(UsageQuery.SQL, periods));
        LocalDate from = LocalDate.parse("2025-07-01");
        LocalDate to = LocalDate.parse("2026-03-31");
        for (PastJournal j : journals) {
            ReportFilter ofClient = new ReportFilter(j.id, null, null);
            assertThat(months.of(from, to, ofClient)).as(step).containsExactlyInAnyOrderElementsOf(months.fromEntries(from, to, ofClient));
            ReportFilter additional = new ReportFilter(j.id, null, ADDITIONAL_WORK);
            assertThat(months.of(from, to, additional)).as(step).containsExactlyInAnyOrderElementsOf(months.fromEntries(from, to, additional));
            assertThat(table(j)).as(step + ": the table as reckoned afresh").isEqualTo(afresh(j));
        }
        // the writes' deltas folded into the months' rows change no sum, and leave no delta behind
        new ScheduledMonthFolding(jdbc).fold();
        assertThat(jdbc.sql("SELECT count(*) FROM work_month_delta").query(Long.class).single()).as(step).isZero();
        for (PastJournal j : journals) {
            assertThat(table(j)).as(step + ": folded, as reckoned afresh").isEqualTo(afresh(j));
        }
    }

    private List<String> table(PastJournal j) {
        return jdbc.sql("""
                SELECT month || ' ' || category || ' ' || entries || ' ' || minutes || ' ' || billable FROM work_month_now
                WHERE client_id = CAST(:id AS uuid) AND (entries <> 0 OR minutes <> 0 OR billable <> 0) ORDER BY month, category
                """).param("id", j.id.text()).query(String.class).list();
    }

    private List<String> afresh(PastJournal j) {
        return jdbc.sql("""
                WITH n AS (
                  SELECT e.client_id, e.category, e.work_date, CAST(e.minutes + coalesce(
                           (SELECT sum(c.minutes) FROM work_entry c WHERE c.corrects = e.id AND c.deleted_at IS NULL), 0) AS int) AS minutes
                  FROM work_entry e WHERE e.client_id = CAST(:id AS uuid) AND e.corrects IS NULL AND e.deleted_at IS NULL
                )
                SELECT CAST(date_trunc('month', n.work_date) AS date) || ' ' || n.category || ' ' || count(*) || ' ' || sum(n.minutes) || ' '
                       || sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                                       coalesce(k.minimum_minutes, cl.minimum_minutes)))
                FROM n JOIN client_terms cl ON cl.id = n.client_id
                LEFT JOIN LATERAL contract_valid_on(n.client_id, n.work_date) k ON true
                GROUP BY date_trunc('month', n.work_date), n.category ORDER BY date_trunc('month', n.work_date), n.category
                """).param("id", j.id.text()).query(String.class).list();
    }

    private int billable(PastJournal client, String period, lt.pagalba.shared.WorkCategory category) {
        return usage.usage(UsageQuery.FROM_SUMS, Map.of(client.id, List.of(Period.parse(period))))
                .get(client.id).get(Period.parse(period)).of(category).billableMinutes();
    }

    private String firstAdditionalOf(PastJournal j) {
        return jdbc.sql("SELECT CAST(id AS text) FROM work_entry WHERE client_id = CAST(:id AS uuid) AND corrects IS NULL AND deleted_at IS NULL "
                + "AND category = 'ADDITIONAL_WORK' ORDER BY work_date LIMIT 1").param("id", j.id.text()).query(String.class).single();
    }

    private PastJournal journalOf(String billing) {
        return PastJournal.of(admin(), jdbc, unique("UAB Mėnesių sumos "), billing);
    }
}
