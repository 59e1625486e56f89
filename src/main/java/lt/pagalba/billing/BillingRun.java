package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
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

    private final ClientDirectory clients;
    private final ContractBook contracts;
    private final ConsultationJournal journal;
    private final UsageReport usage;
    private final InvoiceIssuer issuer;
    private final Invoices invoices;
    private final LineTexts texts;
    private final TransactionTemplate transactions;

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
        return transactions.execute(status -> {
            if (!invoices.startRun(key, actor.name())) {
                return new Result(key, invoices.proformasOfRun(key), List.of());
            }
            Result result = bill(month, actor);
            invoices.finishRun(key);
            return new Result(key, invoices.proformasOfRun(key), result.skipped());
        });
    }

    private Result bill(YearMonth month, Actor actor) {
        LocalDate upTo = month.atEndOfMonth();
        List<Invoice> issued = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Invoices.BilledMinutes billed = invoices.billedMinutes();
        for (String clientId : journal.clientsWithUnbilledWork(upTo)) {
            Client client = clients.get(clientId);
            try {
                billClient(client, month, billed, actor).ifPresent(issued::add);
            } catch (MissingRateException e) {
                log.warn("Client {} not billed for {}: no hourly rate for {}", client.name(), month, e.category);
                skipped.add(client.id());
            }
        }
        return new Result(Period.month(month).text(), issued, skipped);
    }

    private Optional<Invoice> billClient(Client client, YearMonth month, Invoices.BilledMinutes billed, Actor actor) {
        LocalDate upTo = month.atEndOfMonth();
        List<Contract> ofClient = contracts.ofClient(client.id());
        PeriodLength length = Contract.governing(ofClient, month.atDay(1), upTo).map(Contract::period)
                .orElse(client.billing().period());
        Period current = Period.of(upTo, length);
        List<Period> due = journal.unbilledPeriods(client.id(), length, upTo).stream()
                .filter(p -> !p.to().isAfter(upTo)).toList();
        List<InvoiceIssuer.PlannedLine> lines = new ArrayList<>();
        Set<String> contractsBilled = new LinkedHashSet<>();
        for (Period period : due) {
            Usage used = usage.usageOfKnownClient(client.id(), period);
            Optional<Contract> contract = Contract.governing(ofClient, period.from(), period.to());
            for (WorkCategory category : WorkCategory.values()) {
                Usage.CategoryUsage c = used.of(category);
                int included = contract.isPresent() && c.includedMinutes() != null ? c.includedMinutes() : 0;
                int overageNow = BillingRules.overage(c.billableMinutes(), included);
                int already = billed.of(client.id(), period.text(), category);
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
        return issuer.issueProforma(client, Period.month(month).text(), contractNumber, lines, contractsBilled, actor);
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
