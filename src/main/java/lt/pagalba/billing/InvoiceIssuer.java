package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lt.pagalba.billing.ProformaPlan.PlannedLine;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.journal.LockRange;
import lt.pagalba.journal.WorkEntryLocks;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues documents in the caller's transaction: takes the next gapless numbers, has the documents
 * made ({@link Invoice}), writes them, locks the work entries behind each line under that line (so
 * every euro can be traced to the entries it bills) and publishes what was issued.
 */
@Component
class InvoiceIssuer {

    private final Invoices invoices;
    private final InvoiceNumbers numbers;
    private final VatRates vatRates;
    private final WorkEntryLocks journal;
    private final ContractBook contracts;
    private final ClientDirectory clients;
    private final Party seller;
    private final ApplicationEventPublisher events;

    InvoiceIssuer(Invoices invoices, InvoiceNumbers numbers, VatRates vatRates, WorkEntryLocks journal,
                  ContractBook contracts, ClientDirectory clients, SellerDetails seller, ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.vatRates = vatRates;
        this.journal = journal;
        this.contracts = contracts;
        this.clients = clients;
        this.seller = new Party(seller.name(), seller.companyCode(), seller.vatCode(), seller.address(), seller.iban());
        this.events = events;
    }

    /**
     * Issues the proformas of a run together: those with something to pay get the next numbers in
     * order and are written in batches; the entries behind every planned line are locked under it
     * (under the run when the period owed nothing more) in one statement. A client with nothing to
     * pay gets no proforma, and nothing of it is locked.
     */
    List<Invoice> issueProformas(Period run, List<ProformaPlan> plans, Actor actor, RunLog runLog) {
        LocalDate today = Vilnius.today();
        BigDecimal vatRate = vatRates.on(today);
        List<ProformaPlan> payable = new ArrayList<>();
        List<List<InvoiceLine>> linesOf = new ArrayList<>();
        for (ProformaPlan plan : plans) {
            List<InvoiceLine> lines = plan.billedLines();
            if (BillingRules.payable(Totals.net(lines))) {
                payable.add(plan);
                linesOf.add(lines);
            }
        }
        List<String> numbered = numbers.next(InvoiceType.PROFORMA, today.getYear(), payable.size());
        List<Invoice> issued = new ArrayList<>(payable.size());
        List<LockRange> locks = new ArrayList<>();
        Set<ContractId> contractsBilled = new LinkedHashSet<>();
        for (int n = 0; n < payable.size(); n++) {
            ProformaPlan plan = payable.get(n);
            Client client = plan.client();
            List<InvoiceLine> lines = linesOf.get(n);
            issued.add(Invoice.proforma(issue(numbered.get(n), today, vatRate, client), run,
                    today.plusDays(client.paymentTermDays()), plan.contractNumber(), lines));
            int billedLine = 0;
            for (PlannedLine p : plan.lines()) {
                String reference = p.bills() ? lines.get(billedLine++).id() : "run:" + run;
                locks.add(new LockRange(client.id(), p.category(), p.period(), reference));
            }
            contractsBilled.addAll(plan.contractsBilled());
        }
        runLog.with("proformas", issued.size()).step("issue");
        invoices.insertAll(issued, actor.name());
        runLog.step("write");
        runLog.with("entriesLocked", journal.lock(locks)).step("lock");
        contracts.markBilled(contractsBilled);
        publish(issued);
        runLog.step("events");
        return issued;
    }

    /** R17: the VAT invoice of a proforma that has none yet, in its own series, with the same lines. */
    Invoice issueVatInvoice(Invoice proforma, Actor actor) {
        Invoice vatInvoice = proforma.vatInvoice(next(InvoiceType.VAT_INVOICE, proforma.content().clientId()));
        return saved(vatInvoice, actor);
    }

    /** R17: a credit note taking lines of a VAT invoice back (all when none are named), citing it. */
    Invoice issueCreditNote(Invoice vatInvoice, List<String> lineIds, Actor actor) {
        Invoice creditNote = vatInvoice.creditNote(next(InvoiceType.CREDIT_NOTE, vatInvoice.content().clientId()), lineIds);
        return saved(creditNote, actor);
    }

    private Invoice saved(Invoice invoice, Actor actor) {
        invoices.insertAll(List.of(invoice), actor.name());
        publish(List.of(invoice));
        return invoice;
    }

    private void publish(List<Invoice> issued) {
        issued.forEach(invoice -> invoice.events().forEach(events::publishEvent));
    }

    /** The next number of a series, issued today to the client as it is today. */
    private Issue next(InvoiceType type, ClientId clientId) {
        LocalDate today = Vilnius.today();
        return issue(numbers.next(type, today.getYear()), today, vatRates.on(today), clients.get(clientId));
    }

    private Issue issue(String number, LocalDate day, BigDecimal vatRate, Client client) {
        return new Issue(number, day, vatRate, seller, client.id(),
                new Party(client.name(), Objects.toString(client.companyCode(), null),
                Objects.toString(client.vatCode(), null), client.address(), null), client.language());
    }
}
