package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.journal.WorkEntryLocks;
import lt.pagalba.journal.WorkEntryView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvalidInputException;
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
    private final VatInvoicing vatInvoicing;
    private final CreditNotes creditNotes;
    private final WorkEntryLocks journal;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    InvoiceBook(Invoices invoices, VatInvoicing vatInvoicing, CreditNotes creditNotes, WorkEntryLocks journal,
                AuditTrail audit, ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.vatInvoicing = vatInvoicing;
        this.creditNotes = creditNotes;
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

    /**
     * The live proformas a month's billing run issued, as their events would name them, in number order: what
     * its {@link BillingEvents.BillingRunIssued} announces (the mail module queues their e-mails from this).
     */
    public List<BillingEvents.InvoiceIssued> proformasOfRun(YearMonth month) {
        return invoices.announcedOfRun(Period.month(month));
    }

    /** Any of the filters may be null: newest first. */
    public List<InvoiceView> list(ClientId clientId, Period period, InvoiceType type, InvoiceStatus status) {
        return invoices.list(clientId, period, type, status).stream().map(Invoice::view).toList();
    }

    /**
     * The work entries behind each line of a document, by the line's id: a VAT invoice's lines are its
     * proforma's, a credit note's the correction it takes back or, for the accountant's own credit, the
     * line it takes back.
     */
    public Map<String, List<WorkEntryView>> entriesBehind(InvoiceId id) {
        InvoiceContent invoice = find(id).content();
        List<InvoiceLine> credited = invoice.corrects() == null ? List.of() : find(invoice.corrects()).content().lines();
        List<InvoiceLine> proformaLines = invoice.type() == InvoiceType.VAT_INVOICE && invoice.basedOn() != null
                ? find(invoice.basedOn()).content().lines() : List.of();
        Map<String, List<WorkEntryView>> behind = new LinkedHashMap<>();
        for (int n = 0; n < invoice.lines().size(); n++) {
            InvoiceLine line = invoice.lines().get(n);
            behind.put(line.id(), journal.lockedUnder(invoice.clientId(), reference(line, n, invoice, credited, proformaLines)));
        }
        return behind;
    }

    private static String reference(InvoiceLine line, int position, InvoiceContent invoice, List<InvoiceLine> credited,
                                    List<InvoiceLine> proformaLines) {
        if (line.sourceLine() != null) {
            return line.sourceLine();
        }
        if (invoice.type() == InvoiceType.VAT_INVOICE && position < proformaLines.size()) {
            return proformaLines.get(position).id();   // a VAT invoice issued before lines named their source
        }
        if (line.credits() != null && invoice.tax().creditOrigin() != CreditOrigin.CORRECTION) {
            return credited.stream().filter(l -> l.id().equals(line.credits())).findFirst()
                    .map(l -> l.sourceLine() != null ? l.sourceLine() : l.id()).orElse(line.id());
        }
        return line.id();
    }

    /**
     * The proforma was paid: it is marked so and its VAT invoice is issued from it (R17), or, when the
     * 10th came first, it links to the VAT invoice already issued. A buyer without what a VAT invoice
     * needs is refused (nothing is recorded), naming what is missing on the client.
     */
    @Transactional
    public InvoiceView markPaid(InvoiceId id, LocalDate paidOn, Actor actor) {
        Invoice proforma = lock(id);
        proforma.markPaid(paidOn, Vilnius.today());
        invoices.save(proforma);
        audit.record("INVOICE", id, proforma.content().clientId(), "PAID", null, Map.of("paidOn", paidOn.toString()));
        if (proforma.needsVatInvoice()) {
            vatInvoicing.issue(proforma, actor);
        }
        return get(id);
    }

    /**
     * R17: proformas issued up to a day and still unpaid get their VAT invoices, all at once; those
     * whose buyer lacks what a VAT invoice needs are left out (the Accounting page names them).
     */
    @Transactional
    public List<InvoiceView> issueVatInvoicesForUnpaid(LocalDate issuedUpTo, Actor actor) {
        List<InvoiceView> issued = new ArrayList<>();
        for (Invoice proforma : invoices.lockUnpaidProformasIssuedUpTo(issuedUpTo)) {
            if (proforma.needsVatInvoice()) {
                try {
                    issued.add(vatInvoicing.issue(proforma, actor).view());
                } catch (InvalidInputException incompleteBuyer) {
                    // nothing of it was written: the buyer is checked before anything is issued
                }
            }
        }
        return issued;
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

    /**
     * PVMĮ art. 83: a credit note taking back of a VAT invoice's lines what is asked (all that is left
     * when nothing is named), for a reason; more than is left on a line is refused naming the line.
     */
    @Transactional
    public InvoiceView creditNote(InvoiceId vatInvoiceId, List<CreditRequest> lines, String reason, Actor actor) {
        find(vatInvoiceId);
        return creditNotes.issue(vatInvoiceId, lines, reason, CreditOrigin.MANUAL, actor).view();
    }

    private Invoice find(InvoiceId id) {
        return invoices.find(id).orElseThrow(() -> new NotFoundException("invoice", id.text()));
    }

    private Invoice lock(InvoiceId id) {
        return invoices.lock(id).orElseThrow(() -> new NotFoundException("invoice", id.text()));
    }
}
