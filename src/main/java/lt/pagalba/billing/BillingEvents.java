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
     * event of its own; a proforma only by its run's {@link BillingRunIssued} (issue 18).
     */
    public record InvoiceIssued(InvoiceId invoiceId, String number, InvoiceType type, ClientId clientId) {
    }

    /**
     * A month's billing run issued its proformas ({@code period}: the month, {@code 2026-09}; {@code proformas}:
     * how many). It is the only announcement of a proforma (issue 18): the mail module reads the run's
     * proformas from billing ({@link InvoiceBook#proformasOfRun}) and queues their e-mails, so a run of ten
     * thousand proformas stores one small event publication. Ten thousand events of their own cost a run
     * 1.3 s to publish, and one event naming all of them 0.1-0.4 s more.
     */
    public record BillingRunIssued(String period, int proformas) {
    }

    /**
     * The proformas of a billing run, named in the event: what versions before announced a run with (before
     * {@link BillingRunIssued}). A publication they stored and had not completed is still delivered, so the
     * type and its listener stay.
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
