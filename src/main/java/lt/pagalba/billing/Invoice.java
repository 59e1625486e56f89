package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Period;

/**
 * A proforma, VAT invoice or credit note: the write model (R13, R14, R17). What it says is fixed at
 * issue; it checks and makes its own changes of status. A proforma is issued, then sent, then paid
 * or cancelled (cancelling hands its lines' references back so their entries are unlocked); a paid
 * proforma, or one unpaid at the month's deadline, gets one VAT invoice made from it; a VAT invoice
 * is corrected by credit notes. Each document issued is recorded as an event for the service to publish.
 */
final class Invoice {

    private final InvoiceContent content;
    private final List<InvoiceIssued> events = new ArrayList<>();
    private InvoiceStatus status;
    private LocalDate paidOn;
    private boolean hasVatInvoice;

    /** An invoice as stored; {@code hasVatInvoice}: a proforma whose VAT invoice was issued. */
    Invoice(InvoiceContent content, InvoiceStatus status, LocalDate paidOn, boolean hasVatInvoice) {
        this.content = content;
        this.status = status;
        this.paidOn = paidOn;
        this.hasVatInvoice = hasVatInvoice;
    }

    /** A run's proforma: always something to pay (a credit alone waits for a run with something to pay). */
    static Invoice proforma(Issue issue, Period period, LocalDate dueDate, String contractNumber, List<InvoiceLine> lines) {
        if (!BillingRules.payable(Totals.net(lines))) {
            throw new IllegalArgumentException("A proforma bills something to pay");
        }
        return issued(InvoiceType.PROFORMA, issue, period, dueDate, contractNumber, lines, null, null);
    }

    /** R17: the VAT invoice of this proforma, in its own series, with the same lines; a proforma has one. */
    Invoice vatInvoice(Issue issue) {
        requireProforma();
        if (!needsVatInvoice()) {
            throw new IllegalStateException("Proforma " + content.number() + " already has its VAT invoice");
        }
        hasVatInvoice = true;
        return issued(InvoiceType.VAT_INVOICE, issue, content.period(), null, content.contractNumber(),
                content.lines().stream().map(InvoiceLine::copied).toList(), content.id(), null);
    }

    /** R17: a credit note taking back lines of this VAT invoice (all of them when none are named), citing it. */
    Invoice creditNote(Issue issue, List<String> lineIds) {
        if (content.type() != InvoiceType.VAT_INVOICE) {
            throw new ConflictException("invoice.credit.onlyVat", content.number());
        }
        List<InvoiceLine> credited = content.lines().stream()
                .filter(l -> lineIds == null || lineIds.isEmpty() || lineIds.contains(l.id()))
                .map(InvoiceLine::negated).toList();
        if (credited.isEmpty()) {
            throw new InvalidInputException(FieldProblem.invalid("lines", "invoice.credit.noLines"));
        }
        return issued(InvoiceType.CREDIT_NOTE, issue, content.period(), null, content.contractNumber(), credited,
                null, content.id());
    }

    private static Invoice issued(InvoiceType type, Issue issue, Period period, LocalDate dueDate, String contractNumber,
                                  List<InvoiceLine> lines, InvoiceId basedOn, InvoiceId corrects) {
        InvoiceContent content = new InvoiceContent(InvoiceId.random(), type, issue.number(), issue.clientId(), period,
                issue.date(), dueDate, contractNumber, issue.seller(), issue.buyer(), issue.language(), basedOn, corrects,
                lines, Totals.of(Totals.net(lines), issue.vatRate(), issue.language()));
        Invoice invoice = new Invoice(content, InvoiceStatus.ISSUED, null, false);
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
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.CANCELLED || hasVatInvoice) {
            throw new ConflictException("invoice.cancel.notAllowed", content.number());
        }
        status = InvoiceStatus.CANCELLED;
        return content.lines().stream().map(InvoiceLine::id).toList();
    }

    /** A proforma still without its VAT invoice. */
    boolean needsVatInvoice() {
        return content.type() == InvoiceType.PROFORMA && !hasVatInvoice;
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
        return new InvoiceView(c.id(), c.number(), c.type(), c.clientId(), c.period(), c.issueDate(), c.dueDate(), t.net(),
                t.vatRateText(), t.vat(), t.gross(), t.inWords(), status, paidOn, c.contractNumber(), c.seller(), c.buyer(),
                c.language(), c.basedOn(), c.corrects(), c.lines());
    }
}
