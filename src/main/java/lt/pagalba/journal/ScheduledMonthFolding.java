package lt.pagalba.journal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one instance at a time, the rows the entry writes added to the monthly sums
 * ({@code work_month_delta}, V82) are folded into the months' own rows ({@code work_month_fold}), so that
 * readers sum few rows. Readers read both summed, so a fold changes no answer, and one that does not
 * happen (the job off, an instance down) only leaves more rows to sum.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledMonthFolding {

    private static final Logger log = LoggerFactory.getLogger(ScheduledMonthFolding.class);

    private final JdbcClient jdbc;

    ScheduledMonthFolding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${pagalba.work-months.first:PT1M}", fixedDelayString = "${pagalba.work-months.every:PT1M}")
    @SchedulerLock(name = "work-month-folding", lockAtMostFor = "PT10M")
    void fold() {
        int folded = jdbc.sql("SELECT work_month_fold()").query(Integer.class).single();
        if (folded > 0) {
            log.debug("Monthly sums: {} month row(s) folded", folded);
        }
    }
}
