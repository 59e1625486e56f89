package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.client.Client;
import lt.pagalba.contract.ContractBook;
import lt.pagalba.journal.ConsultationJournal;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues documents in the caller's transaction: takes the next gapless number, computes VAT and the
 * total in words, writes the invoice and locks the work entries behind each line under that line,
 * so every euro can be traced to the entries it bills.
 */
@Component
class InvoiceIssuer {

    private static final Logger log = LoggerFactory.getLogger(InvoiceIssuer.class);

    private final Invoices invoices;
    private final ConsultationJournal journal;
    private final ContractBook contracts;
    private final SellerDetails seller;
    private final ApplicationEventPublisher events;

    InvoiceIssuer(Invoices invoices, ConsultationJournal journal, ContractBook contracts, SellerDetails seller,
                  ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.journal = journal;
        this.contracts = contracts;
        this.seller = seller;
        this.events = events;
    }

    /** A line a run wants on the proforma; {@code minutes} zero means the period owes nothing more. */
    record PlannedLine(WorkCategory category, Period period, int minutes, Money rate, String description) {

        static PlannedLine nothingDue(WorkCategory category, Period period) {
            return new PlannedLine(category, period, 0, null, null);
        }

        boolean bills() {
            return minutes != 0;
        }
    }

    /** A client's proforma as a run planned it, before it has a number. */
    record ProformaPlan(Client client, String contractNumber, List<PlannedLine> lines, Set<String> contractsBilled) {
    }

    /**
     * Issues the proformas of a run together: those whose lines add up to something to pay get the next
     * numbers in order and are written in batches; the entries behind every planned line are locked
     * under it (under the run when the period owed nothing more). A client with nothing to pay gets no
     * proforma, and nothing of it is locked.
     */
    List<Invoice> issueProformas(String runPeriod, List<ProformaPlan> plans, Actor actor) {
        LocalDate issued = Vilnius.today();
        BigDecimal vatRate = invoices.vatRateOn(issued);
        List<ProformaPlan> payable = new ArrayList<>();
        List<List<Invoice.Line>> linesOf = new ArrayList<>();
        for (ProformaPlan plan : plans) {
            List<Invoice.Line> lines = new ArrayList<>();
            for (PlannedLine p : plan.lines()) {
                if (p.bills()) {
                    lines.add(new Invoice.Line(UUID.randomUUID().toString(), p.description(), p.category(), p.period().text(),
                            p.minutes(), BillingRules.hours(p.minutes()), p.rate(), BillingRules.amount(p.minutes(), p.rate())));
                }
            }
            if (total(lines).compareTo(Money.ZERO) > 0) { // a credit alone waits for the next run with something to pay
                payable.add(plan);
                linesOf.add(lines);
            }
        }
        List<String> numbers = invoices.nextNumbers(InvoiceType.PROFORMA, issued.getYear(), payable.size());
        List<Invoice> issuedInvoices = new ArrayList<>();
        List<ConsultationJournal.LockRange> locks = new ArrayList<>();
        Set<String> contractsBilled = new LinkedHashSet<>();
        for (int n = 0; n < payable.size(); n++) {
            ProformaPlan plan = payable.get(n);
            Client client = plan.client();
            List<Invoice.Line> lines = linesOf.get(n);
            issuedInvoices.add(document(InvoiceType.PROFORMA, numbers.get(n), vatRate, client, runPeriod, issued,
                    issued.plusDays(client.paymentTermDays()), plan.contractNumber(), lines, total(lines), null, null));
            int i = 0;
            for (PlannedLine p : plan.lines()) {
                String reference = p.bills() ? lines.get(i++).id() : "run:" + runPeriod;
                locks.add(new ConsultationJournal.LockRange(client.id().text(), p.category(), p.period(), reference));
            }
            contractsBilled.addAll(plan.contractsBilled());
        }
        long started = System.nanoTime();
        invoices.insertAll(issuedInvoices, actor.name());
        long written = System.nanoTime();
        int locked = journal.lock(locks);
        long lockedAt = System.nanoTime();
        contracts.markBilled(contractsBilled);
        issuedInvoices.forEach(invoice -> events.publishEvent(
                new BillingEvents.InvoiceIssued(invoice.id(), invoice.number(), invoice.type(), invoice.clientId())));
        log.info("Run {}: {} proformas written in {} ms, {} entries locked in {} ms, events in {} ms", runPeriod,
                issuedInvoices.size(), (written - started) / 1_000_000, locked, (lockedAt - written) / 1_000_000,
                (System.nanoTime() - lockedAt) / 1_000_000);
        return issuedInvoices;
    }

    private static Money total(List<Invoice.Line> lines) {
        return lines.stream().map(Invoice.Line::amount).reduce(Money.ZERO, Money::plus);
    }

    /** R17: the VAT invoice of a paid proforma, in its own series, with the same lines. */
    Invoice issueVatInvoice(Invoice proforma, Client client, Actor actor) {
        List<Invoice.Line> lines = proforma.lines().stream().map(l -> new Invoice.Line(UUID.randomUUID().toString(),
                l.description(), l.category(), l.period(), l.minutes(), l.hours(), l.unitPrice(), l.amount())).toList();
        LocalDate issued = Vilnius.today();
        Invoice invoice = document(InvoiceType.VAT_INVOICE, invoices.nextNumber(InvoiceType.VAT_INVOICE, issued.getYear()),
                invoices.vatRateOn(issued), client, proforma.period(), issued, null,
                proforma.contractNumber(), lines, proforma.net(), proforma.id(), null);
        invoices.insert(invoice, actor.name());
        events.publishEvent(new BillingEvents.InvoiceIssued(invoice.id(), invoice.number(), invoice.type(), client.id().text()));
        return invoice;
    }

    /** R17: a credit note takes lines of a VAT invoice back, citing it; its lines are negative. */
    Invoice issueCreditNote(Invoice vatInvoice, Client client, List<Invoice.Line> creditLines, Actor actor) {
        LocalDate issued = Vilnius.today();
        Invoice invoice = document(InvoiceType.CREDIT_NOTE, invoices.nextNumber(InvoiceType.CREDIT_NOTE, issued.getYear()),
                invoices.vatRateOn(issued), client, vatInvoice.period(), issued, null, vatInvoice.contractNumber(),
                creditLines, total(creditLines), null, vatInvoice.id());
        invoices.insert(invoice, actor.name());
        events.publishEvent(new BillingEvents.InvoiceIssued(invoice.id(), invoice.number(), invoice.type(), client.id().text()));
        return invoice;
    }

    private Invoice document(InvoiceType type, String number, BigDecimal rate, Client client, String period, LocalDate issued,
                             LocalDate due, String contractNumber, List<Invoice.Line> lines, Money net, String basedOn,
                             String corrects) {
        Money vat = BillingRules.vat(net, rate);
        Money gross = net.plus(vat);
        String words = "en".equals(client.language()) ? AmountInWords.english(gross.amount())
                : AmountInWords.lithuanian(gross.amount());
        return new Invoice(UUID.randomUUID().toString(), number, type, client.id().text(), period,
                issued, due, net, rate.stripTrailingZeros().toPlainString(), vat, gross, words, InvoiceStatus.ISSUED, null,
                contractNumber, new Invoice.Party(seller.name(), seller.companyCode(), seller.vatCode(), seller.address(),
                seller.iban()), new Invoice.Party(client.name(), Objects.toString(client.companyCode(), null),
                Objects.toString(client.vatCode(), null), client.address(), null),
                client.language(), basedOn, corrects, lines);
    }
}
