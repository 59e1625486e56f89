package lt.pagalba.billing;

import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;

/** What billing announces; the mail module queues the documents for the client. */
public final class BillingEvents {

    private BillingEvents() {
    }

    /** A proforma, VAT invoice or credit note was issued. */
    public record InvoiceIssued(InvoiceId invoiceId, String number, InvoiceType type, ClientId clientId) {
    }
}
