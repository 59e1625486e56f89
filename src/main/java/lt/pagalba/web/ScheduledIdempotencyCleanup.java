package lt.pagalba.web;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night the stored answers of {@code Idempotency-Key}s past their 24 hours go; a key is only
 * replayed within them, and each kept answer holds a whole response body.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledIdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(ScheduledIdempotencyCleanup.class);

    private final IdempotencyKeys keys;

    ScheduledIdempotencyCleanup(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Scheduled(cron = "${pagalba.housekeeping.schedule:0 15 3 * * *}", zone = "Europe/Vilnius")
    @SchedulerLock(name = "idempotency-key-cleanup", lockAtMostFor = "PT30M")
    void forgetExpiredAnswers() {
        log.info("Forgot {} expired Idempotency-Key answers", keys.forgetExpired());
    }
}
