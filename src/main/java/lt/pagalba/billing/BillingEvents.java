package lt.pagalba.billing;

/** What billing announces; the mail module queues the documents for the client. */
public final class BillingEvents {

    private BillingEvents() {
    }

    /** A proforma, VAT invoice or credit note was issued. */
    public record InvoiceIssued(String invoiceId, String number, InvoiceType type, String clientId) {
    }
}
