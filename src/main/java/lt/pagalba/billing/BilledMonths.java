package lt.pagalba.billing;

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

    void finish(Period month) {
        jdbc.sql("UPDATE billing_run SET finished_at = now() WHERE period = :p").param("p", month.text()).update();
    }
}
