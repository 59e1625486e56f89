package lt.pagalba.inbox;

import lt.pagalba.request.RequestEvents.RequestMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A duplicate's e-mails and their files go with it to the request it was merged into (issue 13 item 6). */
@Component
class MailOfMergedRequests {

    private final JdbcClient jdbc;

    MailOfMergedRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the merging transaction: the merge and the move are kept or lost together. */
    @EventListener
    void on(RequestMerged merged) {
        jdbc.sql("UPDATE inbound_message SET request_id = :survivor WHERE request_id = :duplicate")
                .param("survivor", merged.survivor().value()).param("duplicate", merged.duplicate().value()).update();
    }
}
