package lt.pagalba.journal;

/**
 * The usage of any set of (client, period) pairs, given as arrays: one round trip for one client or
 * ten thousand. Contracts and clients are read through what those modules publish:
 * {@code contract_terms}, {@code contract_valid_on} and {@code contract_governing} (V20),
 * {@code client_terms} (V21). Two statements with one answer: {@link #SQL} for a client's pages,
 * {@link #OF_A_RUN} for a billing run's thousands of periods; {@code UsageQueriesAgreeTests} runs
 * both over the same journal and compares every row. The pages read neither: {@link #FROM_SUMS} answers the
 * same from the journal's monthly sums (V82, {@code work_month}), and {@code WorkMonthSumsTests} compares it
 * with {@link #SQL}, the per-entry statement that defines the answer, row by row.
 */
final class UsageQuery {

    // Each client's entries are read once, over the span from its first period's first day to its last
    // period's last day, with both dates in the index condition (work_entry_by_client_date), and only
    // then put into periods: asking for twelve periods of the busiest client costs one range scan,
    // not twelve scans of all its entries. Corrections are those of the entries read, found through
    // their own index, whatever their own work date (B5).
    static final String SQL = """
            WITH due AS (
              SELECT * FROM unnest(CAST(:clients AS uuid[]), CAST(:froms AS date[]), CAST(:tos AS date[])) AS d(client_id, p_from, p_to)
            ), span AS (
              SELECT client_id, min(p_from) AS s_from, max(p_to) AS s_to FROM due GROUP BY client_id
            ), entries AS MATERIALIZED (
              SELECT e.id, e.client_id, e.category, e.work_date, e.minutes
              FROM span s
              JOIN work_entry e ON e.client_id = s.client_id AND e.work_date BETWEEN s.s_from AND s.s_to
              WHERE e.corrects IS NULL AND e.deleted_at IS NULL
            ), corrections AS (
              SELECT c.corrects, sum(c.minutes) AS minutes FROM work_entry c
              WHERE c.corrects IN (SELECT id FROM entries) AND c.deleted_at IS NULL GROUP BY c.corrects
            ), net AS (
              SELECT d.client_id, d.p_from, e.category, e.work_date, CAST(e.minutes + coalesce(c.minutes, 0) AS int) AS minutes
              FROM entries e
              JOIN due d ON d.client_id = e.client_id AND e.work_date BETWEEN d.p_from AND d.p_to
              LEFT JOIN corrections c ON c.corrects = e.id
            ), billable AS (
              SELECT n.client_id, n.p_from, n.category,
                     sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                                  coalesce(k.minimum_minutes, cl.minimum_minutes))) AS minutes
              FROM net n
              JOIN client_terms cl ON cl.id = n.client_id
              LEFT JOIN LATERAL contract_valid_on(n.client_id, n.work_date) k ON true
              GROUP BY n.client_id, n.p_from, n.category
            ), period_contract AS (
              SELECT d.client_id, d.p_from, k.id, k.number FROM due d
              LEFT JOIN LATERAL contract_governing(d.client_id, d.p_from, d.p_to) k ON true
            )
            SELECT pc.client_id, pc.p_from, c.category, coalesce(bi.minutes, 0) AS billable, a.included_minutes, pc.number
            FROM period_contract pc
            CROSS JOIN (VALUES ('CONSULTATION'), ('ADDITIONAL_WORK')) AS c(category)
            LEFT JOIN billable bi ON bi.client_id = pc.client_id AND bi.p_from = pc.p_from AND bi.category = c.category
            LEFT JOIN contract_allowance_terms a ON a.contract_id = pc.id AND a.category = c.category
            ORDER BY pc.client_id, pc.p_from, c.category = 'ADDITIONAL_WORK'
            """;

    // A billing run's usage of every due period at once (issue 18), in one pass over the entries as the
    // bare GROUP BY of them: each due period is cut into the days no contract starts or ends in
    // ("terms": the client's or the one contract's increment and minimum hold for all of them), and each
    // such stretch reads its entries from work_entry_by_client_date alone (an index-only scan: client,
    // day, minutes, category and corrects are in the index), rounded under those terms as they are read,
    // with no join per entry. Corrections are rare: an entry with any counts once more at its net
    // minutes and once less at its raw ones, so the sum is that of every entry rounded at its net
    // minutes, as SQL has it (B1, B5), without reading the entries' ids. The answer is the same row for
    // row; the included minutes and the contract are the governing contract's, as in SQL.
    static final String OF_A_RUN = """
            WITH due AS (
              SELECT * FROM unnest(CAST(:clients AS uuid[]), CAST(:froms AS date[]), CAST(:tos AS date[])) AS d(client_id, p_from, p_to)
            ), bounds AS (
              SELECT d.client_id, d.p_from, d.p_to, b.day
              FROM due d
              CROSS JOIN LATERAL (
                SELECT d.p_from AS day
                UNION SELECT k.valid_from FROM contract_terms k
                      WHERE k.client_id = d.client_id AND k.valid_from > d.p_from AND k.valid_from <= d.p_to
                UNION SELECT k.valid_to + 1 FROM contract_terms k
                      WHERE k.client_id = d.client_id AND k.valid_to >= d.p_from AND k.valid_to < d.p_to
              ) b
            ), terms AS (
              SELECT s.client_id, s.p_from, s.s_from, s.s_to,
                     coalesce(k.increment_minutes, cl.increment_minutes) AS increment_minutes,
                     coalesce(k.minimum_minutes, cl.minimum_minutes) AS minimum_minutes
              FROM (SELECT client_id, p_from, day AS s_from,
                           coalesce(lead(day) OVER (PARTITION BY client_id, p_from ORDER BY day) - 1, p_to) AS s_to
                    FROM bounds) s
              JOIN client_terms cl ON cl.id = s.client_id
              LEFT JOIN LATERAL contract_valid_on(s.client_id, s.s_from) k ON true
            ), corrected AS (
              SELECT c.corrects AS id, sum(c.minutes) AS minutes FROM work_entry c
              WHERE c.corrects IS NOT NULL AND c.deleted_at IS NULL GROUP BY c.corrects
            ), counted AS (
              SELECT t.client_id, t.p_from, e.category, e.minutes, 1 AS times, t.increment_minutes, t.minimum_minutes
              FROM terms t
              JOIN work_entry e ON e.client_id = t.client_id AND e.work_date BETWEEN t.s_from AND t.s_to
              WHERE e.corrects IS NULL AND e.deleted_at IS NULL
              UNION ALL
              SELECT t.client_id, t.p_from, o.category, m.minutes, m.times, t.increment_minutes, t.minimum_minutes
              FROM corrected c
              JOIN work_entry o ON o.id = c.id AND o.corrects IS NULL AND o.deleted_at IS NULL
              JOIN terms t ON t.client_id = o.client_id AND o.work_date BETWEEN t.s_from AND t.s_to
              CROSS JOIN LATERAL (VALUES (o.minutes, -1), (CAST(o.minutes + c.minutes AS int), 1)) AS m(minutes, times)
            ), billable AS (
              SELECT client_id, p_from, category,
                     sum(times * pagalba_billable_minutes(minutes, increment_minutes, minimum_minutes)) AS minutes
              FROM counted GROUP BY client_id, p_from, category
            ), period_contract AS (
              SELECT d.client_id, d.p_from, k.id, k.number FROM due d
              LEFT JOIN LATERAL contract_governing(d.client_id, d.p_from, d.p_to) k ON true
            )
            SELECT pc.client_id, pc.p_from, c.category, coalesce(bi.minutes, 0) AS billable, a.included_minutes, pc.number
            FROM period_contract pc
            CROSS JOIN (VALUES ('CONSULTATION'), ('ADDITIONAL_WORK')) AS c(category)
            LEFT JOIN billable bi ON bi.client_id = pc.client_id AND bi.p_from = pc.p_from AND bi.category = c.category
            LEFT JOIN contract_allowance_terms a ON a.contract_id = pc.id AND a.category = c.category
            ORDER BY pc.client_id, pc.p_from, c.category = 'ADDITIONAL_WORK'
            """;

    // The pages' usage (issue 18: the client page's twelve periods, the request page's one) and the
    // contract-hours report's (issue 17) from the sums the journal keeps per client, month and category
    // (V82): a period is one to three whole months, and each month's billable sum is that of its entries
    // rounded as SQL rounds them, so the sum of the months is SQL's sum, row for row. A busy client's
    // year is 24 rows instead of its entries. Billing runs keep reading the entries (OF_A_RUN).
    static final String FROM_SUMS = """
            WITH due AS (
              SELECT * FROM unnest(CAST(:clients AS uuid[]), CAST(:froms AS date[]), CAST(:tos AS date[])) AS d(client_id, p_from, p_to)
            ), billable AS (
              SELECT d.client_id, d.p_from, w.category, sum(w.billable) AS minutes
              FROM due d
              JOIN work_month_parts w ON w.client_id = d.client_id AND w.month BETWEEN d.p_from AND d.p_to
              GROUP BY d.client_id, d.p_from, w.category
            ), period_contract AS (
              SELECT d.client_id, d.p_from, k.id, k.number FROM due d
              LEFT JOIN LATERAL contract_governing(d.client_id, d.p_from, d.p_to) k ON true
            )
            SELECT pc.client_id, pc.p_from, c.category, CAST(coalesce(bi.minutes, 0) AS int) AS billable, a.included_minutes, pc.number
            FROM period_contract pc
            CROSS JOIN (VALUES ('CONSULTATION'), ('ADDITIONAL_WORK')) AS c(category)
            LEFT JOIN billable bi ON bi.client_id = pc.client_id AND bi.p_from = pc.p_from AND bi.category = c.category
            LEFT JOIN contract_allowance_terms a ON a.contract_id = pc.id AND a.category = c.category
            ORDER BY pc.client_id, pc.p_from, c.category = 'ADDITIONAL_WORK'
            """;

    private UsageQuery() {
    }
}
