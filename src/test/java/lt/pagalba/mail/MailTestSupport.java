package lt.pagalba.mail;

import java.time.LocalDate;
import java.util.UUID;
import lt.pagalba.shared.OutboxMessageId;
import lt.pagalba.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application sending its outbox to a real SMTP server (GreenMail). Scheduled jobs are
 * off: tests call the worker themselves. All mail tests share this context and its database.
 */
@ContextConfiguration(initializers = TestSmtp.class)
abstract class MailTestSupport extends ApiTestSupport {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxWorker worker;

    @Autowired
    JdbcClient jdbc;

    /** Sends whatever other tests left due, so a test starts with an empty queue. */
    void drain() {
        while (worker.sendDue() > 0) {
            // again, until nothing is due
        }
    }

    /** A plain mail queued as a producer would queue it; returns its outbox id. */
    OutboxMessageId queue(String recipient, String subject, String text) {
        String source = "test:" + UUID.randomUUID();
        outbox.queue(OutgoingMail.of("TEST", source, recipient, subject, MailBody.text(text)));
        return OutboxMessageId.parse(jdbc.sql("SELECT id::text FROM outbox_message WHERE source_key = :s").param("s", source)
                .query(String.class).single());
    }

    /** As if the back-off had passed: the mail is due now. */
    void dueNow(OutboxMessageId id) {
        jdbc.sql("UPDATE outbox_message SET next_attempt = now() WHERE id = :id").param("id", id.value()).update();
    }

    /** Work of a past month written straight to the journal's table (the API keeps to 92 days back). */
    void workEntry(String clientId, String requestId, LocalDate day, int minutes) {
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), 'admin', :day, :minutes, 'PHONE', 'CONSULTATION',
                  'Konsultacija', now(), 'admin')
                """).param("id", UUID.randomUUID()).param("request", requestId).param("client", clientId)
                .param("day", day).param("minutes", minutes).update();
    }
}
