package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Text;

/**
 * A proforma, VAT invoice or credit note: the write model (R13, R14, R17). What it says is fixed at
 * issue; it checks and makes its own changes of status. A proforma is issued, then sent, then paid
 * or cancelled (cancelling hands its lines' references back so their entries are unlocked); a paid
 * proforma, or one unpaid at the month's deadline, gets one VAT invoice made from it, with its lines
 * that bill (a proforma's credit lines become credit notes of the VAT invoices they correct); a VAT
 * invoice is corrected by credit notes, each taking back at most what is left on its lines. Each
 * document issued is recorded as an event for the service to publish.
 */
final class Invoice {

    private final InvoiceContent content;
    private final List<InvoiceIssued> events = new ArrayList<>();
    private InvoiceStatus status;
    private LocalDate paidOn;
    private InvoiceId vatInvoice;

    /** An invoice as stored; {@code vatInvoice}: a proforma's VAT invoice, once issued. */
    Invoice(InvoiceContent content, InvoiceStatus status, LocalDate paidOn, InvoiceId vatInvoice) {
        this.content = content;
        this.status = status;
        this.paidOn = paidOn;
        this.vatInvoice = vatInvoice;
    }

    /** A run's proforma: always something to pay (a credit alone waits for a run with something to pay). */
    static Invoice proforma(Issue issue, Period period, LocalDate dueDate, String contractNumber, List<InvoiceLine> lines) {
        if (!BillingRules.payable(Totals.net(lines))) {
            throw new IllegalArgumentException("A proforma bills something to pay");
        }
        return issued(InvoiceType.PROFORMA, issue, period, dueDate, contractNumber, lines, null, null, null, null, null);
    }

    /** R17: the VAT invoice of this proforma, in its own series, with the same lines; a proforma has one. */
    Invoice vatInvoice(Issue issue) {
        return vatInvoice(issue, Set.of());
    }

    /**
     * R17: the VAT invoice of this proforma, with the lines that bill and those of its credit lines named
     * here; the other credit lines ({@link #creditLines()}) become credit notes of the VAT invoices whose
     * supply they correct, so a VAT invoice carries no credit of another invoice's supply.
     */
    Invoice vatInvoice(Issue issue, Set<String> creditLinesKept) {
        requireProforma();
        if (!needsVatInvoice()) {
            throw new IllegalStateException("Proforma " + content.number() + " already has its VAT invoice");
        }
        List<InvoiceLine> billing = content.lines().stream().filter(l -> !l.isNegative() || creditLinesKept.contains(l.id()))
                .map(InvoiceLine::copied).toList();
        Invoice made = issued(InvoiceType.VAT_INVOICE, issue, content.period(), null, content.contractNumber(), billing,
                content.id(), null, null, null, null);
        vatInvoice = made.id();
        return made;
    }

    /** A proforma's lines that take back time billed before (B5): not on its VAT invoice. */
    List<InvoiceLine> creditLines() {
        return content.lines().stream().filter(InvoiceLine::isNegative).toList();
    }

    /**
     * R17, PVMĮ art. 83: a credit note taking back of this VAT invoice what is asked (all that is left
     * when nothing is named), never more than is left on a line, with its reason, citing this invoice.
     */
    Invoice creditNote(Issue issue, List<CreditRequest> requests, Map<String, CreditLeft> left, String reason,
                       CreditOrigin origin, String roundingText) {
        requireCreditable(reason);
        List<InvoiceLine> credited = new Crediting(content.lines(), left).credit(requests, roundingText);
        List<InvoiceLine> stillBilled = content.lines().stream()
                .map(l -> l.withAmount(left.getOrDefault(l.id(), CreditLeft.wholeOf(l)).amount())).toList();
        return issued(InvoiceType.CREDIT_NOTE, issue, content.period(), null, content.contractNumber(), credited, null,
                content.id(), reason.trim(), origin, Totals.netByRate(stillBilled));
    }

    /** Only a VAT invoice is credited, and only for a reason given. */
    void requireCreditable(String reason) {
        if (content.type() != InvoiceType.VAT_INVOICE) {
            throw new ConflictException("invoice.credit.onlyVat", content.number());
        }
        if (Text.isBlank(reason)) {
            throw new InvalidInputException(FieldProblem.required("reason"));
        }
    }

    /** @param correctedNetBefore a credit note's: what the invoice it corrects still billed, by VAT rate */
    private static Invoice issued(InvoiceType type, Issue issue, Period period, LocalDate dueDate, String contractNumber,
                                  List<InvoiceLine> lines, InvoiceId basedOn, InvoiceId corrects, String reason,
                                  CreditOrigin origin, Map<BigDecimal, Money> correctedNetBefore) {
        Period latest = lines.stream().map(InvoiceLine::period).max(Comparator.comparing(Period::to)).orElse(period);
        BigDecimal mainRate = lines.stream().filter(l -> l.period().equals(latest)).map(InvoiceLine::vatPercent)
                .findFirst().orElseThrow();
        TaxDetails tax = new TaxDetails(latest.to(), issue.vatCategory(), reason, origin, issue.issuedBy(), issue.issuer());
        InvoiceContent content = new InvoiceContent(InvoiceId.random(), type, issue.number(), issue.clientId(), period,
                issue.date(), dueDate, contractNumber, issue.seller(), issue.buyer(), issue.language(), basedOn, corrects,
                lines, correctedNetBefore == null ? Totals.of(lines, mainRate, issue.language())
                : Totals.ofChange(lines, correctedNetBefore, mainRate, issue.language()), tax);
        Invoice invoice = new Invoice(content, InvoiceStatus.ISSUED, null, null);
        invoice.events.add(new InvoiceIssued(content.id(), content.number(), type, content.clientId()));
        return invoice;
    }

    /** The proforma's mail has left; a later state stays as it is. */
    void markSent() {
        requireProforma();
        if (status == InvoiceStatus.ISSUED) {
            status = InvoiceStatus.SENT;
        }
    }

    /** The proforma was paid on a day: not in the future, at most a year before it was issued, and once. */
    void markPaid(LocalDate day, LocalDate today) {
        requireProforma();
        if (day.isAfter(today) || day.isBefore(content.issueDate().minusYears(1))) {
            throw new InvalidInputException(FieldProblem.invalid("paidOn", "invoice.paidOn.invalid"));
        }
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.CANCELLED) {
            throw new ConflictException("invoice.status.final", content.number());
        }
        status = InvoiceStatus.PAID;
        paidOn = day;
    }

    /**
     * Cancels a proforma nobody paid and no VAT invoice was made from; answers the references its
     * lines locked entries under, for the journal to unlock them for the next run.
     */
    List<String> cancel() {
        requireProforma();
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.CANCELLED || vatInvoice != null) {
            throw new ConflictException("invoice.cancel.notAllowed", content.number());
        }
        status = InvoiceStatus.CANCELLED;
        return content.lines().stream().map(InvoiceLine::id).toList();
    }

    /** A proforma still without its VAT invoice. */
    boolean needsVatInvoice() {
        return content.type() == InvoiceType.PROFORMA && vatInvoice == null && status != InvoiceStatus.CANCELLED;
    }

    private void requireProforma() {
        if (content.type() != InvoiceType.PROFORMA) {
            throw new ConflictException("invoice.notProforma", content.number());
        }
    }

    InvoiceContent content() {
        return content;
    }

    InvoiceId id() {
        return content.id();
    }

    InvoiceStatus status() {
        return status;
    }

    LocalDate paidOn() {
        return paidOn;
    }

    /** The documents issued since this one was made or loaded, for the service to publish once they are saved. */
    List<InvoiceIssued> events() {
        return List.copyOf(events);
    }

    InvoiceView view() {
        InvoiceContent c = content;
        Totals t = c.totals();
        TaxDetails tax = c.tax();
        return new InvoiceView(c.id(), c.number(), c.type(), c.clientId(), c.period(), c.issueDate(), c.dueDate(), t.net(),
                t.vatRateText(), t.vat(), t.gross(), t.inWords(), status, paidOn, c.contractNumber(), c.seller(), c.buyer(),
                c.language(), c.basedOn(), c.corrects(), c.lines(), tax.issuedBy(), tax.issuer(), tax.supplyDate(),
                tax.vatCategory(), tax.reason(), vatInvoice, t.breakdown().stream()
                .map(s -> new InvoiceView.VatSubtotal(s.rate().stripTrailingZeros().toPlainString(), s.net(), s.vat())).toList());
    }
}
