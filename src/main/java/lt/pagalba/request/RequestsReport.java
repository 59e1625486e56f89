package lt.pagalba.request;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests received in a period by channel, per day, ISO week (from Monday) or month by their receipt in
 * Vilnius, every step of the period listed even when nothing came; and the requests open now by how long
 * ago they came. Of one client's, or those one consultant leads, when asked.
 */
@Service
public class RequestsReport {

    /** The steps the received requests are counted in. */
    public enum By {
        DAY, WEEK, MONTH
    }

    /** How long ago an open request came, in calendar time. */
    public enum Age {
        UNDER_1_DAY, DAYS_1_TO_3, DAYS_3_TO_7, DAYS_7_TO_30, OVER_30_DAYS
    }

    /** One step's requests by channel; {@code start} is the step's first day (a Monday for a week). */
    public record ReceivedCount(LocalDate start, long phone, long email, long web, long total) {
    }

    public record OpenCount(Age age, long count) {
    }

    /** The report's answer: the steps, the period's totals (start = the period's start) and the open ones by age. */
    public record ReceivedRequests(ReportPeriod period, By by, List<ReceivedCount> items, ReceivedCount totals,
                                   List<OpenCount> openByAge) {
    }

    private static final String FILTER = """
              AND (CAST(:client AS uuid) IS NULL OR r.client_id = CAST(:client AS uuid))
              AND (CAST(:lead AS text) IS NULL OR EXISTS (SELECT 1 FROM request_assignment a
                   WHERE a.request_id = r.id AND a.role = 'LEAD' AND a.consultant = CAST(:lead AS text)))
            """;

    private final JdbcClient jdbc;

    RequestsReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ReceivedRequests of(ReportPeriod period, ReportFilter filter, By by, OffsetDateTime now) {
        Map<LocalDate, ReceivedCount> counted = jdbc.sql("""
                SELECT CAST(date_trunc(:unit, r.received_at AT TIME ZONE 'Europe/Vilnius') AS date) AS start,
                       count(*) FILTER (WHERE r.channel = 'PHONE') AS phone, count(*) FILTER (WHERE r.channel = 'EMAIL') AS email,
                       count(*) FILTER (WHERE r.channel = 'WEB') AS web, count(*) AS total
                FROM support_request r
                WHERE r.received_at >= :from AND r.received_at < :until
                """ + FILTER + " GROUP BY 1")
                .param("unit", by.name().toLowerCase(Locale.ROOT))
                .param("from", period.from().atTime(LocalTime.MIDNIGHT).atZone(Vilnius.ZONE).toOffsetDateTime())
                .param("until", period.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Vilnius.ZONE).toOffsetDateTime())
                .params(filterParams(filter))
                .query((rs, n) -> new ReceivedCount(rs.getObject("start", LocalDate.class), rs.getLong("phone"), rs.getLong("email"),
                        rs.getLong("web"), rs.getLong("total")))
                .list().stream().collect(Collectors.toMap(ReceivedCount::start, Function.identity()));
        List<ReceivedCount> items = new ArrayList<>();
        for (LocalDate step = first(period.from(), by); !step.isAfter(period.to()); step = next(step, by)) {
            items.add(counted.getOrDefault(step, new ReceivedCount(step, 0, 0, 0, 0)));
        }
        ReceivedCount totals = new ReceivedCount(period.from(), items.stream().mapToLong(ReceivedCount::phone).sum(), items.stream().mapToLong(ReceivedCount::email).sum(),
                items.stream().mapToLong(ReceivedCount::web).sum(), items.stream().mapToLong(ReceivedCount::total).sum());
        return new ReceivedRequests(period, by, items, totals, openByAge(filter, now));
    }

    private List<OpenCount> openByAge(ReportFilter filter, OffsetDateTime now) {
        Map<String, Long> counted = jdbc.sql("""
                SELECT CASE WHEN r.received_at > CAST(:now AS timestamptz) - interval '1 day' THEN 'UNDER_1_DAY'
                            WHEN r.received_at > CAST(:now AS timestamptz) - interval '3 days' THEN 'DAYS_1_TO_3'
                            WHEN r.received_at > CAST(:now AS timestamptz) - interval '7 days' THEN 'DAYS_3_TO_7'
                            WHEN r.received_at > CAST(:now AS timestamptz) - interval '30 days' THEN 'DAYS_7_TO_30'
                            ELSE 'OVER_30_DAYS' END AS age, count(*) AS n
                FROM support_request r
                WHERE r.status NOT IN ('RESOLVED', 'CLOSED')
                """ + FILTER + " GROUP BY 1")
                .param("now", now).params(filterParams(filter))
                .query((rs, n) -> Map.entry(rs.getString("age"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Arrays.stream(Age.values()).map(age -> new OpenCount(age, counted.getOrDefault(age.name(), 0L))).toList();
    }

    private static Map<String, Object> filterParams(ReportFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("client", filter.clientId() == null ? null : filter.clientId().value());
        params.put("lead", filter.consultant());
        return params;
    }

    private static LocalDate first(LocalDate day, By by) {
        return switch (by) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate step, By by) {
        return switch (by) {
            case DAY -> step.plusDays(1);
            case WEEK -> step.plus(1, ChronoUnit.WEEKS);
            case MONTH -> step.plusMonths(1);
        };
    }
}
