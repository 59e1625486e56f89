package lt.pagalba.servicelevel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.Vilnius;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, on one instance at a time, the stored service-level outcomes of the last thirteen
 * months are brought up to date (V79): after a start on data of the version before, a change of the
 * calendar or of a client's contract, the manager's next report then finds them ready instead of
 * reckoning them while the manager waits. The report brings its own period up to date in any case.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledOutcomes {

    private static final Logger log = LoggerFactory.getLogger(ScheduledOutcomes.class);

    private final ServiceLevelReport report;

    ScheduledOutcomes(ServiceLevelReport report) {
        this.report = report;
    }

    @Scheduled(initialDelayString = "${pagalba.service-outcomes.first:PT1M}", fixedDelayString = "${pagalba.service-outcomes.every:PT5M}")
    @SchedulerLock(name = "service-outcomes", lockAtMostFor = "PT30M")
    void bringUpToDate() {
        LocalDate today = Vilnius.today();
        int reckoned = report.bringUpToDate(new ReportPeriod(today.minusMonths(13).withDayOfMonth(1), today), null, OffsetDateTime.now());
        if (reckoned > 0) {
            log.info("Service levels: {} request outcome(s) reckoned and stored", reckoned);
        }
    }
}
