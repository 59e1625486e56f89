package lt.pagalba.billing;

import java.time.YearMonth;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Vilnius;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * B6: after each month ends, its run starts by itself ({@code pagalba.billing.schedule}, default the
 * 1st at 06:00 Vilnius time), once even with several instances. A run already done answers with
 * its invoices, so a late or repeated start bills nothing twice.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledBilling {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBilling.class);

    private final BillingRun runs;

    ScheduledBilling(BillingRun runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${pagalba.billing.schedule:0 0 6 1 * *}", zone = "Europe/Vilnius")
    @SchedulerLock(name = "monthly-billing-run", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void runLastMonth() {
        YearMonth month = YearMonth.from(Vilnius.today()).minusMonths(1);
        var result = runs.run(month, false, Actor.SYSTEM);
        log.info("Billing run {}: {} proformas, {} clients skipped", result.period(), result.invoices().size(),
                result.skipped().size());
    }
}
