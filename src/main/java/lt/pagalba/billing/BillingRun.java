package lt.pagalba.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly billing run (B6): every client whose period ends with the month gets at most one
 * proforma, with a line per category and period for the time beyond what its contract includes
 * (B4; without a contract, all time at the client's rates), plus the difference for time entered
 * late or corrected in periods billed before (B5). A month runs once: running it again, or twice at
 * the same moment, answers with the same invoices and bills nothing twice. Each run writes one
 * structured log line: what it found and issued, and how long each step took.
 */
@Service
class BillingRun {

    private static final Logger log = LoggerFactory.getLogger(BillingRun.class);
    /** How often a run starts again after meeting a concurrent change, before it gives up. */
    private static final int MAX_ATTEMPTS = 5;

    private final RunPlanner planner;
    private final InvoiceIssuer issuer;
    private final Invoices invoices;
    private final BilledMonths months;
    private final BillingRefusals refusals;
    private final ClientDirectory clients;
    private final TransactionTemplate transactions;
    /**
     * A run reads the journal and locks what it billed in one snapshot (repeatable read): an entry
     * written while it runs is neither billed nor locked by it, so the next run bills it (B5); one
     * changed under it makes the run start again.
     */
    private final TransactionTemplate oneSnapshot;

    BillingRun(RunPlanner planner, InvoiceIssuer issuer, Invoices invoices, BilledMonths months, BillingRefusals refusals,
               ClientDirectory clients, TransactionTemplate transactions) {
        this.planner = planner;
        this.issuer = issuer;
        this.invoices = invoices;
        this.months = months;
        this.refusals = refusals;
        this.clients = clients;
        this.transactions = transactions;
        this.oneSnapshot = new TransactionTemplate(transactions.getTransactionManager());
        this.oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * What a run issued (or, dry, would issue); the clients it could not bill, for want of a rate or of
     * what a VAT invoice needs ({@code incomplete}, each with what is missing).
     */
    record Result(Period period, List<InvoiceView> invoices, List<ClientId> skipped, List<RunPlanner.Incomplete> incomplete) {
    }

    Result run(YearMonth month, boolean dryRun, Actor actor) {
        Period period = Period.month(month);
        RunLog runLog = new RunLog().with("period", period).with("dryRun", dryRun);
        Result result = dryRun ? preview(period, actor, runLog) : issue(period, actor, runLog);
        log.info("Billing run {}", runLog.with("answered", result.invoices().size()));
        return result;
    }

    /** A preview writes nothing and takes no number. */
    private Result preview(Period month, Actor actor, RunLog runLog) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            RunPlanner.Plans plans = planner.plan(month.first(), runLog);
            List<Invoice> issued = issuer.issueProformas(month, plans.proformas(), actor, runLog);
            return new Result(month, issued.stream().map(i -> i.view().unnumbered()).toList(), skipped(plans), plans.incomplete());
        });
    }

    private Result issue(Period month, Actor actor, RunLog runLog) {
        for (int attempt = 1; ; attempt++) {
            try {
                runLog.with("attempts", attempt);
                return oneSnapshot.execute(status -> {
                    if (!months.claim(month, actor.name())) {
                        runLog.with("alreadyRun", true);
                        return new Result(month, views(invoices.proformasOfRun(month)), List.of(), recordedIncomplete(month));
                    }
                    RunPlanner.Plans plans = planner.plan(month.first(), runLog);
                    issuer.issueProformas(month, plans.proformas(), actor, runLog);
                    plans.incomplete().forEach(c -> refusals.record(BillingRefusals.DocumentKind.PROFORMA, month, c.clientId(),
                            null, c.missing()));
                    months.finish(month);
                    return new Result(month, views(invoices.proformasOfRun(month)), skipped(plans), plans.incomplete());
                });
            } catch (ConcurrencyFailureException e) {
                // an entry of the month was changed while the run read it, or another run finished first:
                // nothing of this attempt was kept, and a new one sees the change
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                log.info("Billing run {} met a concurrent change (attempt {}), running it again", month, attempt);
            }
        }
    }

    /** Every client the run did not bill: without a rate, or without what a VAT invoice needs. */
    private static List<ClientId> skipped(RunPlanner.Plans plans) {
        return Stream.concat(plans.skipped().stream(), plans.incomplete().stream().map(RunPlanner.Incomplete::clientId))
                .toList();
    }

    private List<RunPlanner.Incomplete> recordedIncomplete(Period month) {
        return refusals.ofRun(month).stream().map(r -> new RunPlanner.Incomplete(r.clientId(), clients.get(r.clientId()).name(),
                r.missing())).toList();
    }

    private static List<InvoiceView> views(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::view).toList();
    }
}
