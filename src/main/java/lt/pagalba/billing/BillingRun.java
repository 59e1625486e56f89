package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.Allowance;
import lt.pagalba.contract.Contract;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.journal.ConsultationJournal;
import lt.pagalba.journal.Usage;
import lt.pagalba.journal.UsageReport;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;
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
 * the same moment, answers with the same invoices and bills nothing twice.
 */
@Service
public class BillingRun {

    private static final Logger log = LoggerFactory.getLogger(BillingRun.class);
    /** How often a run starts again after meeting a concurrent change, before it gives up. */
    private static final int MAX_ATTEMPTS = 5;

    private final ClientDirectory clients;
    private final ContractBook contracts;
    private final ConsultationJournal journal;
    private final UsageReport usage;
    private final InvoiceIssuer issuer;
    private final Invoices invoices;
    private final LineTexts texts;
    private final TransactionTemplate transactions;
    /**
     * A run reads the journal and locks what it billed in one snapshot (repeatable read): an entry
     * written while it runs is neither billed nor locked by it, so the next run bills it (B5); one
     * changed under it makes the run start again.
     */
    private final TransactionTemplate oneSnapshot;

    BillingRun(ClientDirectory clients, ContractBook contracts, ConsultationJournal journal, UsageReport usage,
               InvoiceIssuer issuer, Invoices invoices, LineTexts texts, TransactionTemplate transactions) {
        this.clients = clients;
        this.contracts = contracts;
        this.journal = journal;
        this.usage = usage;
        this.issuer = issuer;
        this.invoices = invoices;
        this.texts = texts;
        this.transactions = transactions;
        this.oneSnapshot = new TransactionTemplate(transactions.getTransactionManager());
        this.oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** What a run issued (or, dry, would issue), and the clients it could not bill and why. */
    public record Result(String period, List<Invoice> invoices, List<String> skipped) {
    }

    public Result run(YearMonth month, boolean dryRun, Actor actor) {
        String key = Period.month(month).text();
        if (dryRun) {
            return transactions.execute(status -> {
                status.setRollbackOnly(); // a preview writes nothing, takes no number
                Result preview = bill(month, actor);
                return new Result(key, preview.invoices().stream().map(BillingRun::unnumbered).toList(), preview.skipped());
            });
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return oneSnapshot.execute(status -> {
                    if (!invoices.startRun(key, actor.name())) {
                        return new Result(key, invoices.proformasOfRun(key), List.of());
                    }
                    Result result = bill(month, actor);
                    invoices.finishRun(key);
                    return new Result(key, invoices.proformasOfRun(key), result.skipped());
                });
            } catch (ConcurrencyFailureException e) {
                // an entry of the month was changed while the run read it, or another run finished first:
                // nothing of this attempt was kept, and a new one sees the change
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                log.info("Billing run {} met a concurrent change (attempt {}), running it again", key, attempt);
            }
        }
    }

    /**
     * Bills a month in a handful of queries, however many clients: what is unbilled, the clients, their
     * contracts, the usage of every due period and what was billed before are each read once; the
     * rules are then applied client by client in memory, and the proformas issued together.
     */
    private Result bill(YearMonth month, Actor actor) {
        long started = System.nanoTime();
        LocalDate upTo = month.atEndOfMonth();
        Map<String, List<LocalDate>> unbilled = journal.unbilledMonths(upTo);
        long found = System.nanoTime();
        Map<String, Client> clientsById = new HashMap<>();
        clients.getAll(unbilled.keySet().stream().map(ClientId::parse).toList()).forEach((id, c) -> clientsById.put(id.text(), c));
        Map<String, List<Contract>> contractsByClient = contracts.ofClients(unbilled.keySet());
        Map<String, List<Period>> due = new LinkedHashMap<>();
        unbilled.forEach((clientId, months) -> {
            List<Contract> ofClient = contractsByClient.getOrDefault(clientId, List.of());
            PeriodLength length = Contract.governing(ofClient, month.atDay(1), upTo).map(Contract::period)
                    .orElse(clientsById.get(clientId).billing().period());
            List<Period> periods = months.stream().map(m -> Period.of(m, length)).distinct()
                    .filter(p -> !p.to().isAfter(upTo)).toList();
            if (!periods.isEmpty()) {
                due.put(clientId, periods);
            }
        });
        long usageStarted = System.nanoTime();
        Map<String, Map<Period, Usage>> usages = usage.usageOfKnownClients(due);
        long usageRead = System.nanoTime();
        Invoices.BilledMinutes billed = invoices.billedMinutes();
        long read = System.nanoTime();
        List<InvoiceIssuer.ProformaPlan> plans = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        due.forEach((clientId, periods) -> {
            Client client = clientsById.get(clientId);
            try {
                plans.add(plan(client, month, periods, contractsByClient.getOrDefault(clientId, List.of()),
                        usages.getOrDefault(clientId, Map.of()), billed));
            } catch (MissingRateException e) {
                log.warn("Client {} not billed for {}: no hourly rate for {}", client.name(), month, e.category);
                skipped.add(client.id().text());
            }
        });
        List<Invoice> issued = issuer.issueProformas(Period.month(month).text(), plans, actor);
        log.info("Billing run {}: {} clients with unbilled work found in {} ms, their usage read in {} ms, all read in {} ms; "
                        + "{} proformas issued and their entries locked in {} ms", month, unbilled.size(),
                (found - started) / 1_000_000, (usageRead - usageStarted) / 1_000_000, (read - started) / 1_000_000,
                issued.size(), (System.nanoTime() - read) / 1_000_000);
        return new Result(Period.month(month).text(), issued, skipped);
    }

    /** One client's proforma as the rules make it: a line per category and due period (B4, B5). */
    private InvoiceIssuer.ProformaPlan plan(Client client, YearMonth month, List<Period> due, List<Contract> ofClient,
                                            Map<Period, Usage> usages, Invoices.BilledMinutes billed) {
        LocalDate upTo = month.atEndOfMonth();
        Period current = Period.of(upTo, due.get(0).length());
        List<InvoiceIssuer.PlannedLine> lines = new ArrayList<>();
        Set<String> contractsBilled = new LinkedHashSet<>();
        for (Period period : due) {
            Usage used = usages.get(period);
            Optional<Contract> contract = Contract.governing(ofClient, period.from(), period.to());
            for (WorkCategory category : WorkCategory.values()) {
                Usage.CategoryUsage c = used.of(category);
                int included = contract.isPresent() && c.includedMinutes() != null ? c.includedMinutes() : 0;
                int overageNow = BillingRules.overage(c.billableMinutes(), included);
                int already = billed.of(client.id().text(), period.text(), category);
                int minutes = BillingRules.stillToBill(overageNow, already);
                if (minutes == 0) {
                    lines.add(InvoiceIssuer.PlannedLine.nothingDue(category, period));
                    continue;
                }
                Money rate = contract.flatMap(k -> k.allowance(category)).map(Allowance::overageHourlyRate)
                        .orElseGet(() -> clientRate(client, category));
                if (rate == null) {
                    throw new MissingRateException(category);
                }
                String description = texts.describe(category, contract.isPresent(), minutes < 0,
                        !period.equals(current), period, client.language());
                lines.add(new InvoiceIssuer.PlannedLine(category, period, minutes, rate, description));
                contract.ifPresent(k -> contractsBilled.add(k.id()));
            }
        }
        String contractNumber = Contract.governing(ofClient, current.from(), current.to()).map(Contract::number).orElse(null);
        return new InvoiceIssuer.ProformaPlan(client, contractNumber, lines, contractsBilled);
    }

    private static Money clientRate(Client client, WorkCategory category) {
        return category == WorkCategory.CONSULTATION ? client.billing().hourlyRate()
                : client.billing().effectiveAdditionalWorkRate();
    }

    private static Invoice unnumbered(Invoice i) {
        return new Invoice(null, null, i.type(), i.clientId(), i.period(), i.issueDate(), i.dueDate(), i.net(), i.vatRate(),
                i.vat(), i.gross(), i.totalInWords(), i.status(), i.paidOn(), i.contractNumber(), i.seller(), i.buyer(),
                i.language(), null, null, i.lines());
    }

    private static final class MissingRateException extends RuntimeException {
        private final WorkCategory category;

        MissingRateException(WorkCategory category) {
            super("No hourly rate for " + category);
            this.category = category;
        }
    }
}
