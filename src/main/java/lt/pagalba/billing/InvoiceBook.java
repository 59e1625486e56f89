package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.journal.WorkEntryLocks;
import lt.pagalba.journal.WorkEntryView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued documents and their life (R17): sent, paid (which issues the VAT invoice), cancelled,
 * credited. Each change loads the invoice, lets it check and make the change, saves it and then
 * audits and publishes what happened.
 */
@Service
public class InvoiceBook {

    private final Invoices invoices;
    private final InvoiceIssuer issuer;
    private final WorkEntryLocks journal;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    InvoiceBook(Invoices invoices, InvoiceIssuer issuer, WorkEntryLocks journal, AuditTrail audit,
                ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.issuer = issuer;
        this.journal = journal;
        this.audit = audit;
        this.events = events;
    }

    public InvoiceView get(InvoiceId id) {
        return find(id).view();
    }

    /** The client's document with this id, looked up together with the client (the portal): another client's is not found. */
    public Optional<InvoiceView> findOfClient(ClientId clientId, InvoiceId id) {
        return invoices.find(clientId, id).map(Invoice::view);
    }

    /** Any of the filters may be null: newest first. */
    public List<InvoiceView> list(ClientId clientId, Period period, InvoiceType type, InvoiceStatus status) {
        return invoices.list(clientId, period, type, status).stream().map(Invoice::view).toList();
    }

    /** The work entries behind each line of a proforma (of a VAT invoice: of its proforma), by line id. */
    public Map<String, List<WorkEntryView>> entriesBehind(InvoiceId id) {
        InvoiceContent invoice = find(id).content();
        InvoiceContent proforma = invoice.type() == InvoiceType.VAT_INVOICE ? find(invoice.basedOn()).content() : invoice;
        Map<String, List<WorkEntryView>> behind = new LinkedHashMap<>();
        proforma.lines().forEach(l -> behind.put(l.id(), journal.lockedUnder(invoice.clientId(), l.id())));
        return behind;
    }

    /** The proforma was paid: it is marked so and its VAT invoice is issued from it (R17). */
    @Transactional
    public InvoiceView markPaid(InvoiceId id, LocalDate paidOn, Actor actor) {
        Invoice proforma = lock(id);
        proforma.markPaid(paidOn, Vilnius.today());
        invoices.save(proforma);
        audit.record("INVOICE", id, proforma.content().clientId(), "PAID", null, Map.of("paidOn", paidOn.toString()));
        if (proforma.needsVatInvoice()) {
            issuer.issueVatInvoice(proforma, actor);
        }
        return get(id);
    }

    /** R17: proformas not paid by the 10th of the next month get their VAT invoices, all at once. */
    @Transactional
    public List<InvoiceView> issueVatInvoicesForUnpaid(LocalDate issuedUpTo, Actor actor) {
        return invoices.lockUnpaidProformasIssuedUpTo(issuedUpTo).stream()
                .map(proforma -> issuer.issueVatInvoice(proforma, actor).view()).toList();
    }

    /** The proforma's mail has left (the mail module says so). */
    @Transactional
    public InvoiceView markSent(InvoiceId id) {
        Invoice proforma = lock(id);
        proforma.markSent();
        invoices.save(proforma);
        return proforma.view();
    }

    /** Cancels a proforma nobody paid: its entries are unlocked for the next run (audited), its mail not yet sent withdrawn. */
    @Transactional
    public InvoiceView cancel(InvoiceId id, Actor actor) {
        Invoice proforma = lock(id);
        List<String> lockReferences = proforma.cancel();
        invoices.save(proforma);
        ClientId clientId = proforma.content().clientId();
        int unlocked = lockReferences.stream().mapToInt(reference -> journal.unlock(clientId, reference)).sum();
        audit.record("INVOICE", id, clientId, "CANCELLED", null, Map.of("entriesUnlocked", unlocked));
        events.publishEvent(new BillingEvents.ProformaCancelled(id, proforma.content().number(), clientId));
        return proforma.view();
    }

    /** A credit note taking back a VAT invoice's lines (all of them when none are named). */
    @Transactional
    public InvoiceView creditNote(InvoiceId vatInvoiceId, List<String> lineIds, Actor actor) {
        return issuer.issueCreditNote(find(vatInvoiceId), lineIds, actor).view();
    }

    private Invoice find(InvoiceId id) {
        return invoices.find(id).orElseThrow(() -> new NotFoundException("invoice", id.text()));
    }

    private Invoice lock(InvoiceId id) {
        return invoices.lock(id).orElseThrow(() -> new NotFoundException("invoice", id.text()));
    }
}
