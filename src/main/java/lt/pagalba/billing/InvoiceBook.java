package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.journal.ConsultationJournal;
import lt.pagalba.journal.WorkEntry;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.Ids;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issued documents and their life (R17): sent, paid (which issues the VAT invoice), cancelled, credited. */
@Service
public class InvoiceBook {

    private final Invoices invoices;
    private final InvoiceIssuer issuer;
    private final ClientDirectory clients;
    private final ConsultationJournal journal;
    private final AuditTrail audit;

    InvoiceBook(Invoices invoices, InvoiceIssuer issuer, ClientDirectory clients, ConsultationJournal journal, AuditTrail audit) {
        this.invoices = invoices;
        this.issuer = issuer;
        this.clients = clients;
        this.journal = journal;
        this.audit = audit;
    }

    public Invoice get(String id) {
        return Ids.parse(id).flatMap(invoices::find).orElseThrow(() -> new NotFoundException("invoice", id));
    }

    public List<Invoice> list(String clientId, String period, InvoiceType type, InvoiceStatus status) {
        return invoices.list(Ids.parse(clientId).orElse(null), period, type, status);
    }

    /** The work entries behind each line of a proforma: every euro traced to the time it bills. */
    public Map<String, List<WorkEntry>> entriesBehind(String id) {
        Invoice invoice = get(id);
        String proformaId = invoice.type() == InvoiceType.VAT_INVOICE ? invoice.basedOn() : invoice.id();
        return get(proformaId).lines().stream().collect(Collectors.toMap(Invoice.Line::id, l -> journal.lockedUnder(invoice.clientId(), l.id()),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The proforma was paid: it is marked so and its VAT invoice is issued from it (R17). */
    @Transactional
    public Invoice markPaid(String id, LocalDate paidOn, Actor actor) {
        Invoice proforma = lockProforma(id);
        if (paidOn == null) {
            throw new InvalidInputException(FieldProblem.required("paidOn"));
        }
        if (paidOn.isAfter(Vilnius.today()) || paidOn.isBefore(proforma.issueDate().minusYears(1))) {
            throw new InvalidInputException(FieldProblem.invalid("paidOn", "invoice.paidOn.invalid"));
        }
        if (proforma.status() == InvoiceStatus.PAID || proforma.status() == InvoiceStatus.CANCELLED) {
            throw new ConflictException("invoice.status.final", proforma.number());
        }
        invoices.setStatus(UUID.fromString(proforma.id()), InvoiceStatus.PAID, paidOn);
        audit.record("INVOICE", proforma.id(), proforma.clientId(), "PAID", null, Map.of("paidOn", paidOn.toString()));
        if (invoices.vatInvoiceOf(UUID.fromString(proforma.id())).isEmpty()) {
            issuer.issueVatInvoice(proforma, clients.get(ClientId.parse(proforma.clientId())), actor);
        }
        return get(proforma.id());
    }

    /** R17: proformas not paid by the 10th of the next month get their VAT invoices, all at once. */
    @Transactional
    public List<Invoice> issueVatInvoicesForUnpaid(LocalDate issuedUpTo, Actor actor) {
        return invoices.list(null, null, InvoiceType.PROFORMA, null).stream()
                .filter(p -> p.status() == InvoiceStatus.ISSUED || p.status() == InvoiceStatus.SENT)
                .filter(p -> !p.issueDate().isAfter(issuedUpTo))
                .filter(p -> invoices.vatInvoiceOf(UUID.fromString(p.id())).isEmpty())
                .map(p -> issuer.issueVatInvoice(lockProforma(p.id()), clients.get(ClientId.parse(p.clientId())), actor))
                .toList();
    }

    @Transactional
    public Invoice markSent(String id) {
        Invoice proforma = lockProforma(id);
        if (proforma.status() == InvoiceStatus.ISSUED) {
            invoices.setStatus(UUID.fromString(proforma.id()), InvoiceStatus.SENT, null);
        }
        return get(id);
    }

    /** Cancels a proforma nobody paid: its entries are unlocked for the next run (audited). */
    @Transactional
    public Invoice cancel(String id, Actor actor) {
        Invoice proforma = lockProforma(id);
        if (proforma.status() == InvoiceStatus.PAID || proforma.status() == InvoiceStatus.CANCELLED
                || invoices.vatInvoiceOf(UUID.fromString(proforma.id())).isPresent()) {
            throw new ConflictException("invoice.cancel.notAllowed", proforma.number());
        }
        invoices.setStatus(UUID.fromString(proforma.id()), InvoiceStatus.CANCELLED, null);
        int unlocked = proforma.lines().stream().mapToInt(l -> journal.unlock(proforma.clientId(), l.id())).sum();
        audit.record("INVOICE", proforma.id(), proforma.clientId(), "CANCELLED", null, Map.of("entriesUnlocked", unlocked));
        return get(id);
    }

    /** A credit note taking back a VAT invoice's lines (all of them when none are named). */
    @Transactional
    public Invoice creditNote(String vatInvoiceId, List<String> lineIds, Actor actor) {
        Invoice vatInvoice = get(vatInvoiceId);
        if (vatInvoice.type() != InvoiceType.VAT_INVOICE) {
            throw new ConflictException("invoice.credit.onlyVat", vatInvoice.number());
        }
        List<Invoice.Line> credited = vatInvoice.lines().stream()
                .filter(l -> lineIds == null || lineIds.isEmpty() || lineIds.contains(l.id()))
                .map(l -> new Invoice.Line(UUID.randomUUID().toString(), l.description(), l.category(), l.period(),
                        -l.minutes(), l.hours().negate(), l.unitPrice(), new Money(l.amount().amount().negate())))
                .toList();
        if (credited.isEmpty()) {
            throw new InvalidInputException(FieldProblem.invalid("lines", "invoice.credit.noLines"));
        }
        return issuer.issueCreditNote(vatInvoice, clients.get(ClientId.parse(vatInvoice.clientId())), credited, actor);
    }

    private Invoice lockProforma(String id) {
        Invoice invoice = Ids.parse(id).flatMap(invoices::findForUpdate).orElseThrow(() -> new NotFoundException("invoice", id));
        if (invoice.type() != InvoiceType.PROFORMA) {
            throw new ConflictException("invoice.notProforma", invoice.number());
        }
        return invoice;
    }
}
