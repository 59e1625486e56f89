package lt.pagalba.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.staff.StaffNames;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours by client, consultant or category in a period, by the entries' work dates. As in billing and
 * the usage read model, a correction counts with the entry it corrects (B5), and an entry's billable
 * minutes are its minutes after corrections rounded under the contract valid on its work date, or the
 * client's own settings without one (B1): the billable minutes of a client and month are those the
 * month's proforma bills against the contract.
 */
@Service
public class HoursReport {

    /** What to total by. */
    public enum By {
        CLIENT("n.client_id"), CONSULTANT("n.consultant"), CATEGORY("n.category");

        private final String key;

        By(String key) {
            this.key = key;
        }
    }

    // The corrections are summed once per corrected entry and joined (a correction counts with its
    // entry whatever its own work date), not looked up entry by entry: a year is a million entries.
    // The groups are made on the key's own type and only then written as text.
    private static final String SQL = """
            WITH corrections AS (
              SELECT c.corrects, sum(c.minutes) AS minutes FROM work_entry c
              WHERE c.corrects IS NOT NULL AND c.deleted_at IS NULL GROUP BY c.corrects
            ), n AS (
              SELECT e.client_id, e.consultant, e.category, e.work_date, CAST(e.minutes + coalesce(c.minutes, 0) AS int) AS minutes
              FROM work_entry e
              LEFT JOIN corrections c ON c.corrects = e.id
              WHERE e.corrects IS NULL AND e.deleted_at IS NULL AND e.work_date BETWEEN :from AND :to
                AND (CAST(:client AS uuid) IS NULL OR e.client_id = CAST(:client AS uuid))
                AND (CAST(:consultant AS text) IS NULL OR e.consultant = CAST(:consultant AS text))
                AND (CAST(:category AS text) IS NULL OR e.category = CAST(:category AS text))
            )
            SELECT CAST(%1$s AS text) AS key, min(cl.name) AS client_name, sum(n.minutes) AS minutes,
                   sum(pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                                coalesce(k.minimum_minutes, cl.minimum_minutes))) AS billable
            FROM n
            JOIN client_terms cl ON cl.id = n.client_id
            LEFT JOIN LATERAL contract_valid_on(n.client_id, n.work_date) k ON true
            GROUP BY %1$s
            ORDER BY 3 DESC, 1
            """;

    // The same over the journal's monthly sums (V82, work_month) for the period's whole months, and over
    // the entries only for the days of a month the period takes in part: a year of all clients is a
    // million entries, each rounded under the contract of its day, and the sums are kept as they are
    // written, rounded alike (HoursReportsAgreeTests). The consultant is not in the sums: by consultant,
    // or for one consultant, the report reads the entries.
    private static final String OF_MONTHS = """
            WITH corrections AS (
              SELECT c.corrects, sum(c.minutes) AS minutes FROM work_entry c
              WHERE c.corrects IS NOT NULL AND c.deleted_at IS NULL GROUP BY c.corrects
            ), n AS (
              SELECT e.client_id, e.category, e.work_date, CAST(e.minutes + coalesce(c.minutes, 0) AS int) AS minutes
              FROM work_entry e
              LEFT JOIN corrections c ON c.corrects = e.id
              WHERE e.corrects IS NULL AND e.deleted_at IS NULL
                AND (e.work_date BETWEEN :from AND CAST(:wholeFrom AS date) - 1 OR e.work_date BETWEEN CAST(:wholeTo AS date) + 1 AND :to)
                AND (CAST(:client AS uuid) IS NULL OR e.client_id = CAST(:client AS uuid))
                AND (CAST(:category AS text) IS NULL OR e.category = CAST(:category AS text))
            ), counted AS (
              SELECT w.client_id, w.category, w.minutes, w.billable FROM work_month_now w
              WHERE w.month BETWEEN :wholeFrom AND :wholeTo AND w.entries > 0
                AND (CAST(:client AS uuid) IS NULL OR w.client_id = CAST(:client AS uuid))
                AND (CAST(:category AS text) IS NULL OR w.category = CAST(:category AS text))
              UNION ALL
              SELECT n.client_id, n.category, n.minutes,
                     pagalba_billable_minutes(n.minutes, coalesce(k.increment_minutes, cl.increment_minutes),
                                              coalesce(k.minimum_minutes, cl.minimum_minutes))
              FROM n
              JOIN client_terms cl ON cl.id = n.client_id
              LEFT JOIN LATERAL contract_valid_on(n.client_id, n.work_date) k ON true
            )
            SELECT CAST(%1$s AS text) AS key, min(cl.name) AS client_name, sum(n.minutes) AS minutes, sum(n.billable) AS billable
            FROM counted n
            JOIN client_terms cl ON cl.id = n.client_id
            GROUP BY %1$s
            ORDER BY 3 DESC, 1
            """;

    private final JdbcClient jdbc;
    private final StaffNames staff;
    private final MessageSource messages;

    HoursReport(JdbcClient jdbc, StaffNames staff, MessageSource messages) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.messages = messages;
    }

    /** One line of the report. */
    public record Line(String key, String name, long minutes, long billableMinutes) {
    }

    /** API.md's answer, with the period and the billable total beside the total. */
    public record Hours(ReportPeriod period, By by, List<Line> items, long totalMinutes, long totalBillableMinutes) {
    }

    /** The hours of one client, consultant or category (or any mix of them) in the period. */
    @Transactional(readOnly = true)
    public Hours of(ReportPeriod period, ReportFilter filter, By by, Locale locale) {
        // Planned for the values asked, every time: after five runs the driver prepares the statement, and
        // PostgreSQL's generic plan, not knowing which filters are null, expects one entry and joins the
        // summed corrections in a nested loop, once per entry: minutes for a month at scale (bench/RESULTS.md)
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        List<Line> raw = by == By.CONSULTANT || filter.consultant() != null ? ofEntries(period, filter, by) : ofMonths(period, filter, by);
        Function<Line, String> name = switch (by) {
            case CLIENT -> Line::name;
            case CONSULTANT -> line -> staff.of(line.key());
            case CATEGORY -> line -> messages.getMessage("category." + line.key(), null, line.key(), locale);
        };
        List<Line> items = raw.stream().map(l -> new Line(l.key(), name.apply(l), l.minutes(), l.billableMinutes())).toList();
        return new Hours(period, by, items, items.stream().mapToLong(Line::minutes).sum(),
                items.stream().mapToLong(Line::billableMinutes).sum());
    }

    /** The report's lines from the entries alone. */
    List<Line> ofEntries(ReportPeriod period, ReportFilter filter, By by) {
        return jdbc.sql(SQL.formatted(by.key)).param("from", period.from()).param("to", period.to())
                .param("client", filter.clientId() == null ? null : filter.clientId().value())
                .param("consultant", filter.consultant())
                .param("category", filter.category() == null ? null : filter.category().name())
                .query(HoursReport::line).list();
    }

    /** The report's lines from the monthly sums of its whole months and the entries of the rest (no consultant asked). */
    List<Line> ofMonths(ReportPeriod period, ReportFilter filter, By by) {
        LocalDate wholeFrom = period.from().getDayOfMonth() == 1 ? period.from() : period.from().plusMonths(1).withDayOfMonth(1);
        LocalDate wholeTo = period.to().equals(period.to().with(TemporalAdjusters.lastDayOfMonth())) ? period.to()
                : period.to().withDayOfMonth(1).minusDays(1);
        if (wholeTo.isBefore(wholeFrom)) {
            // no whole month: a range of no day, so that every entry of the period is read
            wholeFrom = period.to().plusDays(1);
            wholeTo = period.to();
        }
        return jdbc.sql(OF_MONTHS.formatted(by.key)).param("from", period.from()).param("to", period.to())
                .param("wholeFrom", wholeFrom).param("wholeTo", wholeTo)
                .param("client", filter.clientId() == null ? null : filter.clientId().value())
                .param("category", filter.category() == null ? null : filter.category().name())
                .query(HoursReport::line).list();
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        return new Line(rs.getString("key"), rs.getString("client_name"), rs.getLong("minutes"), rs.getLong("billable"));
    }
}
