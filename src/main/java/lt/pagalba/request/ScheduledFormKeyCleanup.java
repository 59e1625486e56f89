package lt.pagalba.request;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night the intake forms' one-time keys older than 30 days go: they guard against a reload or a
 * double click, which happen within minutes, and would otherwise grow with every registration.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledFormKeyCleanup {

    static final int KEPT_DAYS = 30;
    private static final Logger log = LoggerFactory.getLogger(ScheduledFormKeyCleanup.class);

    private final FormKeys keys;

    ScheduledFormKeyCleanup(FormKeys keys) {
        this.keys = keys;
    }

    @Scheduled(cron = "${pagalba.housekeeping.schedule:0 15 3 * * *}", zone = "Europe/Vilnius")
    @SchedulerLock(name = "form-key-cleanup", lockAtMostFor = "PT30M")
    void forgetOldKeys() {
        int forgotten = keys.forgetOlderThan(KEPT_DAYS);
        log.info("Forgot {} intake form keys older than {} days", forgotten, KEPT_DAYS);
    }
}
