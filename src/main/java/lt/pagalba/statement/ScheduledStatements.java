package lt.pagalba.statement;

import java.time.YearMonth;
import lt.pagalba.shared.Vilnius;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * R12: after each month (and quarter) ends, subscribers by month (quarter) get their statement by
 * themselves ({@code pagalba.statements.schedule}, default the 1st at 07:00 Vilnius time, after the
 * billing run), once even with several instances: ShedLock runs it on one, and a statement already
 * made for a client and period is not made again.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledStatements {

    private static final Logger log = LoggerFactory.getLogger(ScheduledStatements.class);

    private final StatementDesk statements;

    ScheduledStatements(StatementDesk statements) {
        this.statements = statements;
    }

    @Scheduled(cron = "${pagalba.statements.schedule:0 0 7 1 * *}", zone = "Europe/Vilnius")
    @SchedulerLock(name = "automatic-statements", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void sendLastMonth() {
        YearMonth month = YearMonth.from(Vilnius.today()).minusMonths(1);
        log.info("Automatic statements for {}: {} sent", month, statements.sendAutomatic(month));
    }
}
