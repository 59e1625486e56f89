package lt.pagalba.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox is emptied every few seconds ({@code pagalba.mail.outbox.interval}) on every instance:
 * no lock is needed, since each mail is claimed by one worker at a time.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledOutbox {

    private final OutboxWorker worker;

    ScheduledOutbox(OutboxWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${pagalba.mail.outbox.interval:5s}", initialDelayString = "${pagalba.mail.outbox.interval:5s}")
    void sendDue() {
        worker.sendDue();
    }
}
