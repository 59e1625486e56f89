package lt.pagalba.conversation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import lt.pagalba.inbox.MailboxDriver;
import lt.pagalba.mail.OutboxDriver;
import lt.pagalba.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with a real mail server (GreenMail: SMTP out, the support mailbox over IMAP
 * in). Scheduled jobs are off: tests send the outbox and read the mailbox themselves.
 */
@ContextConfiguration(initializers = ConversationMailServer.class)
abstract class ConversationMailTestSupport extends ApiTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    Opened open() {
        return Opened.by(admin(), api());
    }

    /** The outbox rows a request has, by kind: what was queued for it. */
    List<Map<String, Object>> outboxOf(String requestId) {
        return jdbc.sql("SELECT kind, status, recipient, cc, subject, source_key FROM outbox_message WHERE request_id = CAST(:id AS uuid) ORDER BY created_at")
                .param("id", requestId).query().listOfRows();
    }

    /** Waits until the outbox has taken the reply (after its commit), then sends everything due. */
    void sendReply(String messageId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("SELECT count(*) FROM outbox_message WHERE source_key = :k")
                .param("k", "reply:" + messageId).query(Long.class).single() == 1);
        OutboxDriver.sendDue(context);
    }

    void sendDue() {
        OutboxDriver.sendDue(context);
    }

    int pollMailbox() {
        return MailboxDriver.pollNow(context);
    }

    /** Waits until every event about this request has been handled by its listeners. */
    void eventsHandled(String requestId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id""")
                .param("id", "%" + requestId + "%").query(Long.class).single() == 0);
    }
}
