package lt.pagalba.billing;

import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;

/** What billing announces; the mail module queues the documents for the client (and withdraws a cancelled one's). */
public final class BillingEvents {

    private BillingEvents() {
    }

    /** A proforma, VAT invoice or credit note was issued. */
    public record InvoiceIssued(InvoiceId invoiceId, String number, InvoiceType type, ClientId clientId) {
    }

    /** A proforma was cancelled: its mail that has not left must not leave. */
    public record ProformaCancelled(InvoiceId invoiceId, String number, ClientId clientId) {
    }
}
