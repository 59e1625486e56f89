package lt.pagalba.inbox;

import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the support mailbox every {@code PAGALBA_MAIL_INBOUND_POLL_SECONDS} (and once at start, so
 * what arrived while Pagalba was down is read at once). The lock spares instances a race they would
 * lose anyway; the intake's dedupe is what keeps every message registered once.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnExpression("'${pagalba.mail.inbound.host:}' != ''")
class ScheduledMailboxPoll {

    private final MailboxPoller poller;

    ScheduledMailboxPoll(MailboxPoller poller) {
        this.poller = poller;
    }

    @Scheduled(initialDelayString = "5", fixedDelayString = "${pagalba.mail.inbound.poll-seconds:30}",
            timeUnit = TimeUnit.SECONDS)
    @SchedulerLock(name = "mailbox-poll", lockAtMostFor = "PT15M")
    void poll() {
        poller.pollNow();
    }
}
