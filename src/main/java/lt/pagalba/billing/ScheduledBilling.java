package lt.pagalba.billing;

import java.time.YearMonth;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Vilnius;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * B6: after each month ends, its run starts by itself ({@code pagalba.billing.schedule}, default the
 * 1st at 06:00 Vilnius time), once even with several instances. A run already done answers with
 * its invoices, so a late or repeated start bills nothing twice. The run logs what it did.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledBilling {

    private final BillingRun runs;

    ScheduledBilling(BillingRun runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${pagalba.billing.schedule:0 0 6 1 * *}", zone = "Europe/Vilnius")
    @SchedulerLock(name = "monthly-billing-run", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void runLastMonth() {
        runs.run(YearMonth.from(Vilnius.today()).minusMonths(1), false, Actor.SYSTEM);
    }
}
