package lt.pagalba.servicelevel;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored service-level outcomes (V79): which are missing or out of date, writing them, and the
 * report's tallies counted from them by PostgreSQL, the same way {@link ServiceLevels.Tally} counts.
 */
@Repository
class ServiceLevelOutcomes {

    /** A stored outcome is out of date when its request, the calendar or its client's contracts changed since. */
    private static final String OUT_OF_DATE = """
            (o.reckoned_stamp IS NULL OR o.reckoned_stamp <> o.stamp OR o.reckoned_epoch <> :epoch
             OR o.reckoned_client_epoch <> coalesce(ce.epoch, 0))
            """;

    /** How long writing outcomes waits for a request's row that someone is changing (well under PostgreSQL's 1 s deadlock check). */
    static final Duration LOCK_WAIT = Duration.ofMillis(200);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ServiceLevelOutcomes(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One request's outcome as stored: with the stamps it was reckoned from. */
    record Stored(UUID requestId, long stamp, long epoch, long clientEpoch, OffsetDateTime receivedAt, String clientId,
                  String lead, OffsetDateTime waitingSince, Target firstContact, Target resolution) {
    }

    /**
     * One target: done in so many working minutes, kept or not (due null); or not done yet, due then
     * (minutes and kept null), the deadline reckoned without a wait going on now.
     */
    record Target(Long minutes, Boolean kept, OffsetDateTime due) {
    }

    /**
     * The requests received in the period (of one client, when asked) whose outcome is missing or out of
     * date, and those whose stored outcome says so but is out of date (received on another day, or of
     * another client, since): in the order of their ids, so that two writers lock rows alike.
     *
     * <p>First by the indexes of V80 alone: the period's stored outcomes that are out of date. If the
     * outcomes up to date, with the out-of-date ones whose requests are still of the period, are as many
     * as the period's requests, none is missing: an outcome up to date has its request's receipt and
     * client, so each is of a request of the period, and of a different one. Only otherwise are the
     * period's requests read against their outcomes one by one.
     */
    @Transactional(readOnly = true)
    List<UUID> outOfDate(ReportPeriod period, ClientId client, long epoch) {
        planForTheValuesAsked();
        return knownOutOfDate(period, client, epoch).orElseGet(() -> everyOutOfDate(period, client, epoch));
    }

    /** The period's stored outcomes out of date, when none is missing (see above); empty when some may be. */
    Optional<List<UUID>> knownOutOfDate(ReportPeriod period, ClientId client, long epoch) {
        UUID clientId = client == null ? null : client.value();
        List<UUID> known = jdbc.sql("""
                SELECT o.request_id FROM service_level_outcome o
                WHERE o.received_at >= :from AND o.received_at < :until AND (o.reckoned_stamp IS NULL OR o.reckoned_stamp <> o.stamp)
                  AND (CAST(:client AS uuid) IS NULL OR o.client_id = CAST(:client AS uuid))
                UNION
                SELECT o.request_id FROM service_level_outcome o
                WHERE o.reckoned_epoch < :epoch AND o.received_at >= :from AND o.received_at < :until
                  AND (CAST(:client AS uuid) IS NULL OR o.client_id = CAST(:client AS uuid))
                UNION
                SELECT o.request_id FROM service_level_client_epoch ce
                JOIN service_level_outcome o ON o.client_id = ce.client_id AND o.reckoned_client_epoch < ce.epoch
                WHERE o.received_at >= :from AND o.received_at < :until
                  AND (CAST(:client AS uuid) IS NULL OR ce.client_id = CAST(:client AS uuid))
                ORDER BY 1
                """)
                .param("from", start(period)).param("until", end(period)).param("client", clientId).param("epoch", epoch)
                .query(UUID.class).list();
        long stored = jdbc.sql("""
                SELECT count(*) FROM service_level_outcome o WHERE o.received_at >= :from AND o.received_at < :until
                  AND (CAST(:client AS uuid) IS NULL OR o.client_id = CAST(:client AS uuid))
                """).param("from", start(period)).param("until", end(period)).param("client", clientId).query(Long.class).single();
        String requestsOfThePeriod = """
                SELECT count(*) FROM request_clock c WHERE c.received_at >= :from AND c.received_at < :until
                  AND (CAST(:client AS uuid) IS NULL OR c.client_id = CAST(:client AS uuid))
                """;
        long requests = jdbc.sql(requestsOfThePeriod).param("from", start(period)).param("until", end(period))
                .param("client", clientId).query(Long.class).single();
        long knownOfThePeriod = known.isEmpty() ? 0 : jdbc.sql(requestsOfThePeriod + " AND c.id = ANY(CAST(:known AS uuid[]))")
                .param("from", start(period)).param("until", end(period)).param("client", clientId)
                .param("known", known.toArray(UUID[]::new)).query(Long.class).single();
        return stored - known.size() + knownOfThePeriod == requests ? Optional.of(known) : Optional.empty();
    }

    /** Every request of the period read against its stored outcome. */
    private List<UUID> everyOutOfDate(ReportPeriod period, ClientId client, long epoch) {
        UUID clientId = client == null ? null : client.value();
        return jdbc.sql("""
                SELECT c.id FROM request_clock c
                LEFT JOIN service_level_outcome o ON o.request_id = c.id
                LEFT JOIN service_level_client_epoch ce ON ce.client_id = o.client_id
                WHERE c.received_at >= :from AND c.received_at < :until
                  AND (CAST(:client AS uuid) IS NULL OR c.client_id = CAST(:client AS uuid))
                  AND """ + OUT_OF_DATE + """
                UNION
                SELECT o.request_id FROM service_level_outcome o
                LEFT JOIN service_level_client_epoch ce ON ce.client_id = o.client_id
                WHERE o.received_at >= :from AND o.received_at < :until
                  AND (CAST(:client AS uuid) IS NULL OR o.client_id = CAST(:client AS uuid))
                  AND """ + OUT_OF_DATE + """
                ORDER BY 1
                """)
                .param("from", start(period)).param("until", end(period)).param("client", clientId).param("epoch", epoch)
                .query(UUID.class).list();
    }

    /**
     * Stores outcomes over what was there, leaving each row's stamp as the triggers keep it: a request
     * changed since its clock was read keeps a stamp other than the one stored beside its outcome.
     */
    void store(List<Stored> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        jdbc.sql("SET LOCAL lock_timeout = '" + LOCK_WAIT.toMillis() + "ms'").update();
        batch.batchUpdate("""
                INSERT INTO service_level_outcome (request_id, stamp, reckoned_stamp, reckoned_epoch, reckoned_client_epoch,
                    received_at, client_id, lead, waiting_since, first_contact_minutes, first_contact_kept, first_contact_due,
                    resolution_minutes, resolution_kept, resolution_due)
                VALUES (:id, :stamp, :stamp, :epoch, :clientEpoch, :receivedAt, CAST(:client AS uuid), :lead, :waitingSince,
                    :firstMinutes, :firstKept, :firstDue, :resolutionMinutes, :resolutionKept, :resolutionDue)
                ON CONFLICT (request_id) DO UPDATE SET reckoned_stamp = EXCLUDED.reckoned_stamp,
                    reckoned_epoch = EXCLUDED.reckoned_epoch, reckoned_client_epoch = EXCLUDED.reckoned_client_epoch,
                    received_at = EXCLUDED.received_at, client_id = EXCLUDED.client_id, lead = EXCLUDED.lead,
                    waiting_since = EXCLUDED.waiting_since, first_contact_minutes = EXCLUDED.first_contact_minutes,
                    first_contact_kept = EXCLUDED.first_contact_kept, first_contact_due = EXCLUDED.first_contact_due,
                    resolution_minutes = EXCLUDED.resolution_minutes, resolution_kept = EXCLUDED.resolution_kept,
                    resolution_due = EXCLUDED.resolution_due
                """, outcomes.stream().map(o -> new MapSqlParameterSource()
                .addValue("id", o.requestId()).addValue("stamp", o.stamp()).addValue("epoch", o.epoch())
                .addValue("clientEpoch", o.clientEpoch()).addValue("receivedAt", o.receivedAt())
                .addValue("client", o.clientId()).addValue("lead", o.lead()).addValue("waitingSince", o.waitingSince())
                .addValue("firstMinutes", o.firstContact().minutes()).addValue("firstKept", o.firstContact().kept())
                .addValue("firstDue", o.firstContact().due())
                .addValue("resolutionMinutes", o.resolution().minutes()).addValue("resolutionKept", o.resolution().kept())
                .addValue("resolutionDue", o.resolution().due())).toArray(MapSqlParameterSource[]::new));
    }

    /** Whether writing failed because a row it needed was someone else's for longer than {@link #LOCK_WAIT}. */
    static boolean lockNotAvailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                if (LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PostgreSQL's lock_not_available: lock_timeout passed. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /**
     * Both targets' counts of a group of requests: kept, missed (done late, or not done and past the
     * deadline at {@code now}), the median working minutes (of an even count the mean of the middle two,
     * rounded half up) and the nearest-rank 90th percentile of the done ones.
     */
    record Counts(long met, long missed, Long median, Long p90) {

        ServiceLevels.Outcome outcome() {
            return ServiceLevels.Tally.outcome(met, missed, median, p90);
        }
    }

    /** One row of the tally: in all (both keys unset), by lead (byLead), or by client (byClient). */
    record Group(boolean byLead, boolean byClient, String lead, String clientId, String clientName,
                 Counts firstContact, Counts resolution) {
    }

    /** The counts of the period's requests in all, by lead and by client, in one pass over the stored outcomes. */
    @Transactional(readOnly = true)
    List<Group> tally(ReportPeriod period, ReportFilter filter, OffsetDateTime now) {
        planForTheValuesAsked();
        // a year's outcomes are sorted three times (the percentiles): in memory, not on disk
        jdbc.sql("SET LOCAL work_mem = '64MB'").update();
        return jdbc.sql("""
                WITH o AS (
                  SELECT o.lead, o.client_id,
                         o.first_contact_minutes AS fm, o.first_contact_kept AS fk,
                         o.first_contact_minutes IS NULL AND CAST(:now AS timestamptz) > o.first_contact_due
                           AND (o.waiting_since IS NULL OR o.first_contact_due <= o.waiting_since) AS fo,
                         o.resolution_minutes AS rm, o.resolution_kept AS rk,
                         o.resolution_minutes IS NULL AND CAST(:now AS timestamptz) > o.resolution_due
                           AND (o.waiting_since IS NULL OR o.resolution_due <= o.waiting_since) AS ro
                  FROM service_level_outcome o
                  WHERE o.received_at >= :from AND o.received_at < :until
                    AND (CAST(:client AS uuid) IS NULL OR o.client_id = CAST(:client AS uuid))
                    AND (CAST(:lead AS text) IS NULL OR o.lead = CAST(:lead AS text))
                ), t AS (
                  SELECT grouping(lead) = 0 AS by_lead, grouping(client_id) = 0 AS by_client, lead, client_id,
                         count(*) FILTER (WHERE fk) AS f_met, count(*) FILTER (WHERE NOT fk OR fo) AS f_missed,
                         CAST(floor(percentile_cont(0.5) WITHIN GROUP (ORDER BY fm) + 0.5) AS bigint) AS f_median,
                         percentile_disc(0.9) WITHIN GROUP (ORDER BY fm) AS f_p90,
                         count(*) FILTER (WHERE rk) AS r_met, count(*) FILTER (WHERE NOT rk OR ro) AS r_missed,
                         CAST(floor(percentile_cont(0.5) WITHIN GROUP (ORDER BY rm) + 0.5) AS bigint) AS r_median,
                         percentile_disc(0.9) WITHIN GROUP (ORDER BY rm) AS r_p90
                  FROM o GROUP BY GROUPING SETS ((), (lead), (client_id))
                )
                SELECT t.*, cl.name AS client_name FROM t LEFT JOIN client_terms cl ON cl.id = t.client_id
                """)
                .param("now", now).param("from", start(period)).param("until", end(period))
                .param("client", filter.clientId() == null ? null : filter.clientId().value())
                .param("lead", filter.consultant())
                .query((rs, n) -> new Group(rs.getBoolean("by_lead"), rs.getBoolean("by_client"), rs.getString("lead"),
                        rs.getString("client_id"), rs.getString("client_name"),
                        new Counts(rs.getLong("f_met"), rs.getLong("f_missed"), rs.getObject("f_median", Long.class),
                                rs.getObject("f_p90", Long.class)),
                        new Counts(rs.getLong("r_met"), rs.getLong("r_missed"), rs.getObject("r_median", Long.class),
                                rs.getObject("r_p90", Long.class))))
                .list();
    }

    /**
     * Fresh statistics after many outcomes were written at once (the first report after an upgrade):
     * planned on the empty table's, the report's reads expect one row and sort a year's on disk.
     */
    void analyze() {
        jdbc.sql("ANALYZE service_level_outcome").update();
    }

    /**
     * Planned for the values asked, every time: after five runs the driver prepares a statement, and
     * PostgreSQL's generic plan does not know which of the optional filters are null (as HoursReport).
     */
    private void planForTheValuesAsked() {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }

    private static OffsetDateTime start(ReportPeriod period) {
        return period.from().atTime(LocalTime.MIDNIGHT).atZone(Vilnius.ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime end(ReportPeriod period) {
        return period.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Vilnius.ZONE).toOffsetDateTime();
    }
}
