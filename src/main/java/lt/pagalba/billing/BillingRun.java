package lt.pagalba.billing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.journal.WorkEntryLocks;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
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
    private static final int FIRST_YEAR = 2000;

    private final RunPlanner planner;
    private final InvoiceIssuer issuer;
    private final Invoices invoices;
    private final BilledMonths months;
    private final ClientDirectory clients;
    private final TransactionTemplate transactions;
    /**
     * A run reads the journal and locks what it billed in one snapshot (repeatable read) taken while the
     * journal holds still: entries being written are committed before it and new ones wait for the run,
     * so it locks exactly what it read (B5: what is written after it, the next run bills).
     */
    private final TransactionTemplate oneSnapshot;

    private final WorkEntryLocks journal;
    private final MeterRegistry meters;

    BillingRun(RunPlanner planner, InvoiceIssuer issuer, Invoices invoices, BilledMonths months, ClientDirectory clients,
               WorkEntryLocks journal, TransactionTemplate transactions, MeterRegistry meters) {
        this.journal = journal;
        this.meters = meters;
        this.planner = planner;
        this.issuer = issuer;
        this.invoices = invoices;
        this.months = months;
        this.clients = clients;
        this.transactions = transactions;
        this.oneSnapshot = new TransactionTemplate(transactions.getTransactionManager());
        this.oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * What a run issued (or, dry, would issue); the clients it could not bill for want of a rate; and
     * the clients of its proformas whose card lacks what their VAT invoices will need (issue 14: the
     * VAT invoice is refused until they are completed, so the run says so now).
     */
    record Result(Period period, List<InvoiceView> invoices, List<ClientId> skipped, List<IncompleteBuyer> incomplete) {
    }

    /** A client whose card lacks what a VAT invoice needs: {@code street}, {@code city}, {@code companyCode}, {@code vatCode}. */
    record IncompleteBuyer(ClientId clientId, String name, List<String> missing) {
    }

    /** A month is billed once it has ended (a dry run too: it shows what that run would issue), from 2000 on. */
    Result run(YearMonth month, boolean dryRun, Actor actor) {
        YearMonth current = YearMonth.from(Vilnius.today());
        if (!month.isBefore(current) || month.getYear() < FIRST_YEAR) {
            throw new InvalidInputException(FieldProblem.invalid("period", "billing.period.notEnded", month, current.minusMonths(1)));
        }
        Period period = Period.month(month);
        RunLog runLog = new RunLog().with("period", period).with("dryRun", dryRun);
        Result result = Timer.builder("pagalba.billing.run").tag("dry", String.valueOf(dryRun)).register(meters)
                .record(() -> dryRun ? preview(period, actor, runLog) : issue(period, actor, runLog));
        log.info("Billing run {}", runLog.with("answered", result.invoices().size()));
        return result;
    }

    /** A preview writes nothing and takes no number. */
    private Result preview(Period month, Actor actor, RunLog runLog) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            RunPlanner.Plans plans = planner.plan(month.first(), runLog);
            List<Invoice> issued = issuer.issueProformas(month, plans.proformas(), actor, runLog);
            List<InvoiceView> previews = issued.stream().map(i -> i.view().unnumbered()).toList();
            return new Result(month, previews, plans.skipped(), incomplete(previews));
        });
    }

    private Result issue(Period month, Actor actor, RunLog runLog) {
        for (int attempt = 1; ; attempt++) {
            try {
                runLog.with("attempts", attempt);
                return oneSnapshot.execute(status -> {
                    journal.holdStill();
                    if (!months.claim(month, actor.name())) {
                        runLog.with("alreadyRun", true);
                        List<InvoiceView> issued = views(invoices.proformasOfRun(month));
                        return new Result(month, issued, List.of(), incomplete(issued));
                    }
                    RunPlanner.Plans plans = planner.plan(month.first(), runLog);
                    List<Invoice> written = issuer.issueProformas(month, plans.proformas(), actor, runLog);
                    months.finish(month, plans.skipped());
                    // the answer is what was just written, not read back (issue 18: reading 10,000 proformas
                    // with their lines again took a second): a new month's run has no other live proformas,
                    // and they were numbered in order, so this is what proformasOfRun would answer
                    // (BillingRunAnswerTests compares it with a later GET of every invoice)
                    List<InvoiceView> issued = views(written);
                    runLog.step("answer");
                    // the clients as the run read them, in its snapshot: the same cards a new read would find
                    Map<ClientId, Client> buyers = new HashMap<>();
                    plans.proformas().forEach(p -> buyers.put(p.client().id(), p.client()));
                    return new Result(month, issued, plans.skipped(), incomplete(issued, buyers));
                });
            } catch (ConcurrencyFailureException e) {
                // another run finished first, or what the run writes was changed under it: nothing of
                // this attempt was kept, and a new one sees the change
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                log.info("Billing run {} met a concurrent change (attempt {}), running it again", month, attempt);
            }
        }
    }

    /** The clients of these proformas that a VAT invoice would refuse, with what they lack. */
    private List<IncompleteBuyer> incomplete(List<InvoiceView> proformas) {
        return incomplete(proformas, Map.of());
    }

    /** The same, with clients already read in the caller's snapshot ({@code known}); the others are read now. */
    private List<IncompleteBuyer> incomplete(List<InvoiceView> proformas, Map<ClientId, Client> known) {
        Set<ClientId> ids = proformas.stream().map(InvoiceView::clientId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<ClientId, Client> buyers = new LinkedHashMap<>();
        Set<ClientId> unknown = new LinkedHashSet<>();
        ids.forEach(id -> {
            if (known.containsKey(id)) {
                buyers.put(id, known.get(id));
            } else {
                unknown.add(id);
            }
        });
        if (!unknown.isEmpty()) {
            buyers.putAll(clients.getAll(unknown));
        }
        return buyers.values().stream().filter(c -> !BuyerRequirements.missing(c).isEmpty())
                .map(c -> new IncompleteBuyer(c.id(), c.name(), BuyerRequirements.missing(c))).toList();
    }

    private static List<InvoiceView> views(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::view).toList();
    }
}
