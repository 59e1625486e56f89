package lt.pagalba.conversation;

import lt.pagalba.request.RequestEvents.RequestMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A duplicate's replies, their files and its calls go with it to the request it was merged into (issue 13 item 6). */
@Component
class ConversationOfMergedRequests {

    private final JdbcClient jdbc;

    ConversationOfMergedRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the merging transaction: the merge and the move are kept or lost together. */
    @EventListener
    void on(RequestMerged merged) {
        for (String table : new String[]{"conversation_message", "phone_call"}) {
            jdbc.sql("UPDATE " + table + " SET request_id = :survivor WHERE request_id = :duplicate")
                    .param("survivor", merged.survivor().value()).param("duplicate", merged.duplicate().value()).update();
        }
    }
}
