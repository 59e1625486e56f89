package lt.pagalba.billing;

import java.util.List;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * R17, PVMĮ art. 83: credit notes of a VAT invoice, in the caller's transaction. The invoice is
 * locked by raising its count of credit notes before what is left on its lines is read, so two
 * credits of one invoice at the same moment take turns and the second sees what the first took
 * back (and a billing run's snapshot that meets such a change starts again).
 */
@Component
class CreditNotes {

    private final Invoices invoices;
    private final InvoiceLedger ledger;
    private final ClientDirectory clients;
    private final DocumentIssue issue;

    CreditNotes(Invoices invoices, InvoiceLedger ledger, ClientDirectory clients, DocumentIssue issue) {
        this.invoices = invoices;
        this.ledger = ledger;
        this.clients = clients;
        this.issue = issue;
    }

    Invoice issue(InvoiceId vatInvoiceId, List<CreditRequest> requests, String reason, CreditOrigin origin, Actor actor) {
        invoices.countCreditNote(vatInvoiceId);
        Invoice vatInvoice = invoices.find(vatInvoiceId).orElseThrow(() -> new NotFoundException("invoice", vatInvoiceId.text()));
        vatInvoice.requireCreditable(reason);
        var client = clients.get(vatInvoice.content().clientId());
        String rounding = issue.text("invoice.line.rounding", client.language());
        Invoice note = vatInvoice.creditNote(issue.next(InvoiceType.CREDIT_NOTE, client, actor), requests,
                ledger.creditLeft(vatInvoiceId), reason, origin, rounding);
        issue.save(List.of(note));
        return note;
    }
}
