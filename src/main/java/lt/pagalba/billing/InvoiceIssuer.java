package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues documents in the caller's transaction: takes the next gapless number, computes VAT and the
 * total in words, writes the invoice and locks the work entries behind each line under that line,
 * so every euro can be traced to the entries it bills.
 */
@Component
class InvoiceIssuer {

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

    /** Issues a proforma when the lines add up to something to pay; otherwise nothing, and nothing is locked. */
    Optional<Invoice> issueProforma(Client client, String runPeriod, String contractNumber, List<PlannedLine> planned,
                                    Set<String> contractsBilled, Actor actor) {
        List<Invoice.Line> lines = new ArrayList<>();
        for (PlannedLine p : planned) {
            if (p.bills()) {
                lines.add(new Invoice.Line(UUID.randomUUID().toString(), p.description(), p.category(), p.period().text(),
                        p.minutes(), BillingRules.hours(p.minutes()), p.rate(), BillingRules.amount(p.minutes(), p.rate())));
            }
        }
        Money net = lines.stream().map(Invoice.Line::amount).reduce(Money.ZERO, Money::plus);
        if (net.compareTo(Money.ZERO) <= 0) {
            return Optional.empty(); // nothing to pay: a credit waits for the next run with something to pay
        }
        LocalDate issued = Vilnius.today();
        Invoice invoice = document(InvoiceType.PROFORMA, client, runPeriod, issued, issued.plusDays(client.paymentTermDays()),
                contractNumber, lines, net, null, null);
        invoices.insert(invoice, actor.name());
        int i = 0;
        for (PlannedLine p : planned) {
            String reference = p.bills() ? lines.get(i++).id() : "run:" + runPeriod;
            journal.lock(client.id(), p.category(), p.period(), reference);
        }
        contractsBilled.forEach(contracts::markBilled);
        events.publishEvent(new BillingEvents.InvoiceIssued(invoice.id(), invoice.number(), invoice.type(), client.id()));
        return Optional.of(invoice);
    }

    /** R17: the VAT invoice of a paid proforma, in its own series, with the same lines. */
    Invoice issueVatInvoice(Invoice proforma, Client client, Actor actor) {
        List<Invoice.Line> lines = proforma.lines().stream().map(l -> new Invoice.Line(UUID.randomUUID().toString(),
                l.description(), l.category(), l.period(), l.minutes(), l.hours(), l.unitPrice(), l.amount())).toList();
        LocalDate issued = Vilnius.today();
        Invoice invoice = document(InvoiceType.VAT_INVOICE, client, proforma.period(), issued, null,
                proforma.contractNumber(), lines, proforma.net(), proforma.id(), null);
        invoices.insert(invoice, actor.name());
        events.publishEvent(new BillingEvents.InvoiceIssued(invoice.id(), invoice.number(), invoice.type(), client.id()));
        return invoice;
    }

    /** R17: a credit note takes lines of a VAT invoice back, citing it; its lines are negative. */
    Invoice issueCreditNote(Invoice vatInvoice, Client client, List<Invoice.Line> creditLines, Actor actor) {
        Money net = creditLines.stream().map(Invoice.Line::amount).reduce(Money.ZERO, Money::plus);
        Invoice invoice = document(InvoiceType.CREDIT_NOTE, client, vatInvoice.period(), Vilnius.today(), null,
                vatInvoice.contractNumber(), creditLines, net, null, vatInvoice.id());
        invoices.insert(invoice, actor.name());
        events.publishEvent(new BillingEvents.InvoiceIssued(invoice.id(), invoice.number(), invoice.type(), client.id()));
        return invoice;
    }

    private Invoice document(InvoiceType type, Client client, String period, LocalDate issued, LocalDate due,
                             String contractNumber, List<Invoice.Line> lines, Money net, String basedOn, String corrects) {
        BigDecimal rate = invoices.vatRateOn(issued);
        Money vat = BillingRules.vat(net, rate);
        Money gross = net.plus(vat);
        String words = "en".equals(client.language()) ? AmountInWords.english(gross.amount())
                : AmountInWords.lithuanian(gross.amount());
        return new Invoice(UUID.randomUUID().toString(), invoices.nextNumber(type, issued.getYear()), type, client.id(), period,
                issued, due, net, rate.stripTrailingZeros().toPlainString(), vat, gross, words, InvoiceStatus.ISSUED, null,
                contractNumber, new Invoice.Party(seller.name(), seller.companyCode(), seller.vatCode(), seller.address(),
                seller.iban()), new Invoice.Party(client.name(), client.companyCode(), client.vatCode(), client.address(), null),
                client.language(), basedOn, corrects, lines);
    }
}
