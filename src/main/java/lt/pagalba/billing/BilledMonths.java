package lt.pagalba.billing;

import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** B6: the months billing runs have claimed; a month runs once per database. */
@Repository
class BilledMonths {

    private final JdbcClient jdbc;

    BilledMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims a month for a run; false when it was run before. Two runs at once queue on the row. */
    boolean claim(Period month, String by) {
        jdbc.sql("INSERT INTO billing_run (period, started_at, started_by) VALUES (:p, now(), :by) ON CONFLICT DO NOTHING")
                .param("p", month.text()).param("by", by).update();
        return jdbc.sql("SELECT finished_at IS NULL FROM billing_run WHERE period = :p FOR UPDATE").param("p", month.text())
                .query(Boolean.class).single();
    }

    /** The month is billed; the clients it skipped are kept for the accountant's home. */
    void finish(Period month, List<ClientId> skipped) {
        jdbc.sql("UPDATE billing_run SET finished_at = now() WHERE period = :p").param("p", month.text()).update();
        for (ClientId client : skipped) {
            jdbc.sql("INSERT INTO billing_run_skipped (period, client_id) VALUES (:p, :c)")
                    .param("p", month.text()).param("c", client.value()).update();
        }
    }
}
