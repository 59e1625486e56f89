package lt.pagalba.journal;

/**
 * The usage of any set of (client, period) pairs, given as arrays: one round trip for one client or
 * ten thousand. Contracts and clients are read through what those modules publish:
 * {@code contract_terms}, {@code contract_valid_on} and {@code contract_governing} (V20),
 * {@code client_terms} (V21). {@link #SQL} defines the answer from the entries themselves;
 * {@link #FROM_SUMS}, which the pages, the reports and billing runs read, answers the same from the
 * journal's monthly sums (V82, {@code work_month}), and {@code WorkMonthSumsTests} and
 * {@code UsageQueriesAgreeTests} hold the two equal row by row over every kind of write. (Until issue 18's
 * last step a billing run read the entries with a statement of its own; it is gone, and so is its cost:
 * 1.8 to 4 s of a 10,000-client run against some 50 ms for the sums.)
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

    // The pages' usage (issue 18: the client page's twelve periods, the request page's one) and the
    // contract-hours report's (issue 17) from the sums the journal keeps per client, month and category
    // (V82): a period is one to three whole months, and each month's billable sum is that of its entries
    // rounded as SQL rounds them, so the sum of the months is SQL's sum, row for row. A busy client's
    // year is 24 rows instead of its entries; a billing run's 10,000 clients some 40,000.
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
