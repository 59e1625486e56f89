package lt.pagalba.billing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.pagalba.billing.InvoiceLedger.Creditable;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.InvoiceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * R17: the VAT invoice of a proforma, in the caller's transaction. A buyer without what a VAT invoice
 * needs is refused, naming what is missing on the client. The proforma's credit lines (time taken
 * back of periods billed before, B5) become credit notes of the VAT invoices of those periods — whose
 * proformas get their VAT invoices first, if they have none yet — so no VAT invoice carries a credit
 * of another's supply.
 */
@Component
class VatInvoicing {

    private static final Logger log = LoggerFactory.getLogger(VatInvoicing.class);

    private final Invoices invoices;
    private final InvoiceLedger ledger;
    private final ClientDirectory clients;
    private final DocumentIssue issue;
    private final CreditNotes creditNotes;

    VatInvoicing(Invoices invoices, InvoiceLedger ledger, ClientDirectory clients, DocumentIssue issue, CreditNotes creditNotes) {
        this.invoices = invoices;
        this.ledger = ledger;
        this.clients = clients;
        this.issue = issue;
        this.creditNotes = creditNotes;
    }

    /** The VAT invoice of a proforma that has none; refused (422 naming the client's fields) for an incomplete buyer. */
    Invoice issue(Invoice proforma, Actor actor) {
        Client client = clients.get(proforma.content().clientId());
        BuyerRequirements.require(client);
        for (InvoiceLine credit : proforma.creditLines()) {
            for (Invoice older : invoices.lockProformasWithoutVatInvoiceBilling(client.id(), credit.period())) {
                if (!older.id().equals(proforma.id())) {
                    issue(older, actor);
                }
            }
        }
        List<Creditable> creditable = proforma.creditLines().isEmpty() ? List.of() : ledger.creditable(List.of(client.id()));
        Set<String> kept = new HashSet<>();
        for (InvoiceLine credit : proforma.creditLines()) {
            List<CreditAllocation.Part> parts = parts(credit, creditable);
            if (parts.stream().mapToInt(CreditAllocation.Part::minutes).sum() < -credit.minutes()) {
                // only when the invoices of that supply were cancelled or credited already: the credit stays on this one
                log.warn("Credit line of {} kept on its VAT invoice: its period's VAT invoices have too little left", proforma.content().number());
                kept.add(credit.id());
            }
        }
        Invoice vatInvoice = proforma.vatInvoice(issue.next(InvoiceType.VAT_INVOICE, client, actor), kept);
        issue.save(List.of(vatInvoice));
        for (InvoiceLine credit : proforma.creditLines()) {
            if (!kept.contains(credit.id())) {
                String reason = issue.text("invoice.credit.reason.difference", client.language(), proforma.content().number(),
                        issue.periodName(credit.period(), client.language()));
                for (Map.Entry<InvoiceId, List<CreditRequest>> each : CreditAllocation.byInvoice(parts(credit, creditable)).entrySet()) {
                    creditNotes.issue(each.getKey(), each.getValue(), reason, CreditOrigin.DIFFERENCE, actor);
                }
            }
        }
        return vatInvoice;
    }

    private static List<CreditAllocation.Part> parts(InvoiceLine credit, List<Creditable> creditable) {
        return CreditAllocation.of(-credit.minutes(), creditable.stream()
                .filter(c -> c.period().equals(credit.period()) && c.category() == credit.category()).toList());
    }
}
