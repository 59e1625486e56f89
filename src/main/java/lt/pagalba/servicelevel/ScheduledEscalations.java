package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, on one instance at a time, the requests nearing or past their targets are told of. */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledEscalations {

    private static final Logger log = LoggerFactory.getLogger(ScheduledEscalations.class);

    private final Escalations escalations;

    ScheduledEscalations(Escalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(fixedDelayString = "${pagalba.escalations.every:PT1M}")
    @SchedulerLock(name = "service-escalations", lockAtMostFor = "PT5M")
    void everyMinute() {
        int told = escalations.check(OffsetDateTime.now());
        if (told > 0) {
            log.info("Service targets: {} escalation(s) told", told);
        }
    }
}
