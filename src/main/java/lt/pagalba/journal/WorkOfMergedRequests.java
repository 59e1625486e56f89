package lt.pagalba.journal;

import lt.pagalba.request.RequestEvents.RequestMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A duplicate's work entries go with it to the request it was merged into (issue 13 item 6); billed ones stay billed. */
@Component
class WorkOfMergedRequests {

    private final JdbcClient jdbc;

    WorkOfMergedRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the merging transaction: the merge and the move are kept or lost together. */
    @EventListener
    void on(RequestMerged merged) {
        // the entries keep their client, minutes and invoice lock: only the request they are shown on changes
        jdbc.sql("UPDATE work_entry SET request_id = :survivor WHERE request_id = :duplicate")
                .param("survivor", merged.survivor().value()).param("duplicate", merged.duplicate().value()).update();
    }
}
