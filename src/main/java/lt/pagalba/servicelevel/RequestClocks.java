package lt.pagalba.servicelevel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests' clocks, read through the request module's view {@code request_clock} (V65), each with the
 * promise of the contract valid on the day it came ({@code contract_valid_on}, V20, and
 * {@code contract_service_promise}, V61).
 */
@Repository
class RequestClocks {

    private static final String SELECT = """
            SELECT c.id, c.number, c.urgent, c.status, c.received_at, c.first_contact_at, c.lead, c.status_spans,
                   p.first_contact_minutes AS promised_first_contact, p.resolution_minutes AS promised_resolution,
                   c.client_id, cl.name AS client_name
            FROM request_clock c
            LEFT JOIN client_terms cl ON cl.id = c.client_id
            LEFT JOIN LATERAL contract_valid_on(c.client_id, CAST(c.received_at AT TIME ZONE 'Europe/Vilnius' AS date)) k ON true
            LEFT JOIN contract_service_promise p ON p.contract_id = k.id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RequestClocks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<RequestClock> find(RequestId id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id.value()).query(this::clock).optional();
    }

    /**
     * Requests' clocks with what their stored outcomes are reckoned against (V79), read in the same
     * statement, so that an outcome reckoned from this clock is stored with the stamps it was reckoned from.
     */
    List<Stamped> stamped(List<UUID> ids) {
        return jdbc.sql(SELECT.replace("FROM request_clock c", ", coalesce(o.stamp, 0) AS stamp, coalesce(ce.epoch, 0) AS client_epoch"
                        + " FROM request_clock c") + """
                LEFT JOIN service_level_outcome o ON o.request_id = c.id
                LEFT JOIN service_level_client_epoch ce ON ce.client_id = c.client_id
                WHERE c.id = ANY(CAST(:ids AS uuid[]))
                """)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new Stamped(clock(rs, n), rs.getLong("stamp"), rs.getLong("client_epoch"))).list();
    }

    /** A request's clock, its own stamp and its client's contracts' epoch when it was read. */
    record Stamped(RequestClock clock, long stamp, long clientEpoch) {
    }

    /** The requests received on the period's days (Vilnius) that match the filter. */
    List<RequestClock> receivedIn(ReportPeriod period, ReportFilter filter) {
        return jdbc.sql(SELECT + " WHERE c.received_at >= :from AND c.received_at < :until"
                        + " AND (CAST(:client AS uuid) IS NULL OR c.client_id = CAST(:client AS uuid))"
                        + " AND (CAST(:lead AS text) IS NULL OR c.lead = CAST(:lead AS text))")
                .param("from", period.from().atTime(LocalTime.MIDNIGHT).atZone(Vilnius.ZONE).toOffsetDateTime())
                .param("until", period.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Vilnius.ZONE).toOffsetDateTime())
                .param("client", filter.clientId() == null ? null : filter.clientId().value())
                .param("lead", filter.consultant())
                .query(this::clock).list();
    }

    /**
     * The open requests, not waiting for the client, that may be near a target at {@code now}: one can
     * have used 80 % of a target's working time only if that much real time has passed since it came
     * (working time is never more than real time), so the rest are not read at all. {@code lead} null
     * reads everyone's.
     */
    List<RequestClock> mayBeAtRisk(OffsetDateTime now, AllowedMinutes allowed, String lead) {
        return jdbc.sql(SELECT + """
                 WHERE c.status NOT IN ('RESOLVED', 'CLOSED', 'AWAITING_INFORMATION')
                   AND (CAST(:lead AS text) IS NULL OR c.lead = CAST(:lead AS text))
                   AND c.received_at <= CAST(:now AS timestamptz) - interval '1 minute' * (:near / 100.0) * least(
                       CASE WHEN c.first_contact_at IS NULL
                            THEN least(CASE WHEN c.urgent THEN :urgentFirst ELSE :normalFirst END, p.first_contact_minutes) END,
                       least(CASE WHEN c.urgent THEN :urgentResolution ELSE :normalResolution END, p.resolution_minutes))
                """)
                .param("now", now).param("lead", lead).param("near", AtRisk.NEAR_PERCENT)
                .param("urgentFirst", allowed.urgentFirstContact()).param("normalFirst", allowed.normalFirstContact())
                .param("urgentResolution", allowed.urgentResolution()).param("normalResolution", allowed.normalResolution())
                .query(this::clock).list();
    }

    /** What the contract valid on a day promises the client; nothing without a client or a contract. */
    Promise promiseOf(ClientId clientId, LocalDate day) {
        if (clientId == null) {
            return Promise.NONE;
        }
        return jdbc.sql("""
                SELECT p.first_contact_minutes, p.resolution_minutes
                FROM contract_valid_on(:client, :day) k JOIN contract_service_promise p ON p.contract_id = k.id
                """).param("client", clientId.value()).param("day", day)
                .query((rs, n) -> new Promise(rs.getObject(1, Integer.class), rs.getObject(2, Integer.class)))
                .optional().orElse(Promise.NONE);
    }

    /** The default targets in working minutes on a calendar, as the query above compares them. */
    record AllowedMinutes(long urgentFirstContact, long normalFirstContact, long urgentResolution, long normalResolution) {

        static AllowedMinutes on(WorkingCalendar calendar) {
            return new AllowedMinutes(Targets.URGENT.firstContact().minutesOn(calendar), Targets.NORMAL.firstContact().minutesOn(calendar),
                    Targets.URGENT.resolution().minutesOn(calendar), Targets.NORMAL.resolution().minutesOn(calendar));
        }
    }

    private RequestClock clock(ResultSet rs, int n) throws SQLException {
        return new RequestClock(new RequestId(rs.getObject("id", UUID.class)), rs.getString("number"), rs.getBoolean("urgent"),
                rs.getString("status"), rs.getObject("received_at", OffsetDateTime.class),
                rs.getObject("first_contact_at", OffsetDateTime.class), rs.getString("lead"),
                spans(rs.getString("status_spans")),
                new Promise(rs.getObject("promised_first_contact", Integer.class), rs.getObject("promised_resolution", Integer.class)),
                new RequestClock.Client(rs.getString("client_id"), rs.getString("client_name")));
    }

    /**
     * The view's {@code [{"status", "since"}, …]} ({@code since} in microseconds since 1970, V78) read token by token: a year's report reads 100,000 of them,
     * and binding each through the web's mapper (its date checks for what people type), or even building
     * its tree, took half the report's time (bench/run-reports.sh, bench/RESULTS.md).
     */
    private List<RequestClock.Span> spans(String text) {
        List<RequestClock.Span> spans = new ArrayList<>();
        try (JsonParser parser = json.createParser(text)) {
            String status = null;
            OffsetDateTime since = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    status = null;
                    since = null;
                } else if (token == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    boolean given = parser.nextToken() != JsonToken.VALUE_NULL;
                    if ("status".equals(name)) {
                        status = given ? parser.getString() : null;
                    } else if ("since".equals(name)) {
                        // microseconds since 1970 (V78)
                        since = given ? Instant.EPOCH.plus(parser.getLongValue(), ChronoUnit.MICROS).atZone(Vilnius.ZONE).toOffsetDateTime() : null;
                    }
                } else if (token == JsonToken.END_OBJECT) {
                    spans.add(new RequestClock.Span(status, since));
                }
            }
        }
        return spans;
    }
}
