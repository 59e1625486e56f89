package lt.pagalba.mail;

import lt.pagalba.request.RequestEvents.RequestMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mail sent about a duplicate is listed on the request it was merged into (issue 13 item 6). */
@Component
class OutboxOfMergedRequests {

    private final JdbcClient jdbc;

    OutboxOfMergedRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the merging transaction: the merge and the move are kept or lost together. */
    @EventListener
    void on(RequestMerged merged) {
        jdbc.sql("UPDATE outbox_message SET request_id = :survivor WHERE request_id = :duplicate")
                .param("survivor", merged.survivor().value()).param("duplicate", merged.duplicate().value()).update();
    }
}
