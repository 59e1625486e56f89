package lt.pagalba.billing;

import java.util.List;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;

/** What billing announces; the mail module queues the documents for the client (and withdraws a cancelled one's). */
public final class BillingEvents {

    private BillingEvents() {
    }

    /**
     * A proforma, VAT invoice or credit note was issued. A VAT invoice or credit note is announced in an
     * event of its own; a proforma only inside its run's {@link ProformasIssued} (issue 18).
     */
    public record InvoiceIssued(InvoiceId invoiceId, String number, InvoiceType type, ClientId clientId) {
    }

    /**
     * The proformas a billing run issued, together (issue 18): the mail module queues their e-mails from
     * this one event, so a run of ten thousand proformas stores one event publication, not ten thousand.
     * It is the only announcement of a proforma: ten thousand events of their own, which no listener took,
     * cost a run 1.3 s to publish.
     */
    public record ProformasIssued(String period, List<InvoiceIssued> proformas) {

        public ProformasIssued {
            proformas = List.copyOf(proformas);
        }
    }

    /** A proforma was cancelled: its mail that has not left must not leave. */
    public record ProformaCancelled(InvoiceId invoiceId, String number, ClientId clientId) {
    }
}
