package lt.pagalba.billing;

/** A proforma's life: issued, sent to the client, then paid or cancelled. */
public enum InvoiceStatus {
    ISSUED, SENT, PAID, CANCELLED
}
