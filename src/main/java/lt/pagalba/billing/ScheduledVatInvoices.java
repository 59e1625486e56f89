package lt.pagalba.billing;

import java.time.YearMonth;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * R17: on the 10th ({@code pagalba.billing.vat-invoice-schedule}, default 06:00 Vilnius time) the
 * proformas of the month before that are still unpaid get their VAT invoices, once even with several
 * instances (the lock, and the month's run claimed in the database). The Accounting page shows what
 * it did.
 */
@Component
@ConditionalOnProperty(name = "pagalba.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledVatInvoices {

    private final VatInvoiceRuns runs;

    ScheduledVatInvoices(VatInvoiceRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${pagalba.billing.vat-invoice-schedule:0 0 6 10 * *}", zone = "Europe/Vilnius")
    @SchedulerLock(name = "vat-invoices-by-the-10th", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    void issueLastMonths() {
        runs.run(Period.month(YearMonth.from(Vilnius.today()).minusMonths(1)), true, Actor.SYSTEM);
    }
}
