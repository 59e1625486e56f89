package lt.pagalba.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscription tables, in plain SQL. */
@Repository
class Subscriptions {

    private static final String SELECT = """
            SELECT client_id, email, frequency, requested_at, evidence_message_id, evidence_text, recorded_at, recorded_by
            FROM report_subscription""";

    /** An opt-in, change or opt-out as it is written (an opt-out has no address, frequency or time asked). */
    record Change(String action, String email, Frequency frequency, OffsetDateTime requestedAt, String messageId,
                  String evidence, String by) {
    }

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportSubscription> find(ClientId client) {
        return jdbc.sql(SELECT + " WHERE client_id = :client").param("client", client.value())
                .query(Subscriptions::map).optional();
    }

    /** Locks the client's subscription row (when there is one) while it is changed. */
    Optional<ReportSubscription> findForUpdate(ClientId client) {
        return jdbc.sql(SELECT + " WHERE client_id = :client FOR UPDATE").param("client", client.value())
                .query(Subscriptions::map).optional();
    }

    List<ReportSubscription> withFrequency(Frequency frequency) {
        return jdbc.sql(SELECT + " WHERE frequency = :f ORDER BY client_id").param("f", frequency.name())
                .query(Subscriptions::map).list();
    }

    void upsert(ClientId client, Change opt) {
        jdbc.sql("""
                INSERT INTO report_subscription (client_id, email, frequency, requested_at, evidence_message_id,
                                                 evidence_text, recorded_at, recorded_by)
                VALUES (:client, :email, :frequency, :requestedAt, :messageId, :evidence, now(), :by)
                ON CONFLICT (client_id) DO UPDATE SET email = EXCLUDED.email, frequency = EXCLUDED.frequency,
                  requested_at = EXCLUDED.requested_at, evidence_message_id = EXCLUDED.evidence_message_id,
                  evidence_text = EXCLUDED.evidence_text, recorded_at = now(), recorded_by = EXCLUDED.recorded_by
                """).param("client", client.value()).param("email", opt.email()).param("frequency", opt.frequency().name())
                .param("requestedAt", opt.requestedAt()).param("messageId", opt.messageId()).param("evidence", opt.evidence())
                .param("by", opt.by()).update();
    }

    void delete(ClientId client) {
        jdbc.sql("DELETE FROM report_subscription WHERE client_id = :client").param("client", client.value()).update();
    }

    void addHistory(ClientId client, Change change) {
        jdbc.sql("""
                INSERT INTO report_subscription_history (client_id, action, email, frequency, requested_at,
                                                         evidence_message_id, evidence_text, recorded_by)
                VALUES (:client, :action, :email, :frequency, :requestedAt, :messageId, :evidence, :by)
                """).param("client", client.value()).param("action", change.action()).param("email", change.email())
                .param("frequency", change.frequency() == null ? null : change.frequency().name())
                .param("requestedAt", change.requestedAt()).param("messageId", change.messageId())
                .param("evidence", change.evidence()).param("by", change.by()).update();
    }

    List<SubscriptionChange> history(ClientId client) {
        return jdbc.sql("""
                SELECT action, email, frequency, requested_at, evidence_message_id, evidence_text, recorded_at, recorded_by
                FROM report_subscription_history WHERE client_id = :client ORDER BY recorded_at DESC, id DESC
                """).param("client", client.value()).query((rs, n) -> new SubscriptionChange(rs.getString("action"),
                        rs.getString("email"), rs.getString("frequency") == null ? null : Frequency.valueOf(rs.getString("frequency")),
                        vilnius(rs, "requested_at"), rs.getString("evidence_message_id"), rs.getString("evidence_text"),
                        vilnius(rs, "recorded_at"), rs.getString("recorded_by"))).list();
    }

    private static ReportSubscription map(ResultSet rs, int n) throws SQLException {
        return new ReportSubscription(new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("email"),
                Frequency.valueOf(rs.getString("frequency")), vilnius(rs, "requested_at"),
                rs.getString("evidence_message_id"), rs.getString("evidence_text"), vilnius(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }

    private static OffsetDateTime vilnius(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime();
    }
}
