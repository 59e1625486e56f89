package lt.pagalba.billing;

import lt.pagalba.shared.MailSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R17: a proforma is SENT once the mail that carries it has left the outbox; other documents have no
 * such state. Mail announces that with {@link MailSent}, so billing changes its own invoice and mail
 * changes nothing of billing's.
 */
@Component
class ProformaMailed {

    private final InvoiceBook book;

    ProformaMailed(InvoiceBook book) {
        this.book = book;
    }

    @ApplicationModuleListener
    void on(MailSent sent) {
        if (sent.invoiceId() != null && book.get(sent.invoiceId()).type() == InvoiceType.PROFORMA) {
            book.markSent(sent.invoiceId());
        }
    }
}
