package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logged and billable minutes by client, calendar month and category, for any days and filter: what the
 * contract-hours report puts into billing periods. The same entries and the same rounding as
 * {@link HoursReport} and {@link UsageReport}: a correction counts with the entry it corrects (B5), deleted
 * entries not at all, each entry rounded under the contract valid on its work date or the client's own
 * settings (B1), in one grouped pass over the days' entries. Whole months of any client and category (what the
 * contract-hours report asks) are read from the sums the journal keeps of exactly that (V82, {@code work_month}):
 * the same rows, as {@code WorkMonthSumsTests} checks; a consultant's share, or days that cut a month, from the
 * entries.
 */
@Service
public class MonthlyHours {

    // The corrections are summed once (their partial index) and hash-joined to the entries, instead of a
    // correlated sub-select per entry: one pass over the days' entries whatever their number.
    private static final String SQL = """
            WITH fixes AS (
              SELECT c.corrects, sum(c.minutes) AS minutes FROM work_entry c
              WHERE c.corrects IS NOT NULL AND c.deleted_at IS NULL GROUP BY c.corrects
            ), n AS (
              SELECT e.client_id, e.category, e.work_date, CAST(e.minutes + coalesce(f.minutes, 0) AS int) AS minutes
              FROM work_entry e
              LEFT JOIN fixes f ON f.corrects = e.id
              WHERE e.corrects IS NULL AND e.deleted_at IS NULL AND e.work_date BETWEEN :from AND :to
                AND (CAST(:client AS uuid) IS NULL OR e.client_id = CAST(:client AS uuid))
                AND (CAST(:consultant AS text) IS NULL OR e.consultant = CAST(:consultant AS text))
                AND (CAST(:category AS text) IS NULL OR e.category = CAST(:category AS text))
            )
            SELECT n.client_id, CAST(date_trunc('month', n.work_date) AS date) AS month, n.category,
                   sum(n.minutes) AS minutes,
                   sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                                coalesce(k.minimum_minutes, cl.minimum_minutes))) AS billable
            FROM n
            JOIN client_terms cl ON cl.id = n.client_id
            LEFT JOIN LATERAL contract_valid_on(n.client_id, n.work_date) k ON true
            GROUP BY 1, 2, 3
            """;

    // A month is in the answer when it has an entry that counts (entries > 0), even one netting to no minutes.
    private static final String FROM_SUMS = """
            SELECT client_id, month, category, minutes, billable FROM work_month_now
            WHERE entries > 0 AND month BETWEEN :from AND :to
              AND (CAST(:client AS uuid) IS NULL OR client_id = CAST(:client AS uuid))
              AND (CAST(:category AS text) IS NULL OR category = CAST(:category AS text))
            """;

    private final JdbcClient jdbc;

    MonthlyHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One client's month of one category. */
    public record Month(ClientId clientId, YearMonth month, WorkCategory category, long minutes, long billableMinutes) {
    }

    /** The months of the entries worked from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public List<Month> of(LocalDate from, LocalDate to, ReportFilter filter) {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
        if (wholeMonths && filter.consultant() == null) {
            return months(FROM_SUMS, from, to, filter);
        }
        return months(SQL, from, to, filter);
    }

    /** The months by the entries themselves, whatever the days (package-private for the test that compares the two). */
    List<Month> fromEntries(LocalDate from, LocalDate to, ReportFilter filter) {
        return months(SQL, from, to, filter);
    }

    private List<Month> months(String sql, LocalDate from, LocalDate to, ReportFilter filter) {
        return jdbc.sql(sql).param("from", from).param("to", to)
                .param("client", filter.clientId() == null ? null : filter.clientId().value())
                .param("consultant", filter.consultant())
                .param("category", filter.category() == null ? null : filter.category().name())
                .query((rs, n) -> new Month(new ClientId(rs.getObject("client_id", UUID.class)),
                        YearMonth.from(rs.getObject("month", LocalDate.class)), WorkCategory.valueOf(rs.getString("category")),
                        rs.getLong("minutes"), rs.getLong("billable")))
                .list();
    }
}
