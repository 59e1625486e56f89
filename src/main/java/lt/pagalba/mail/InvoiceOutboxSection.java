package lt.pagalba.mail;

import java.util.Map;
import java.util.stream.Collectors;
import lt.pagalba.billing.Invoice;
import lt.pagalba.billing.InvoicePageSection;
import org.springframework.stereotype.Component;

/** The invoice page shows the e-mail that carries it: queued, sent or failed, with its attachment. */
@Component
class InvoiceOutboxSection implements InvoicePageSection {

    private final Outbox outbox;

    InvoiceOutboxSection(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String template() {
        return "mail/invoice-section";
    }

    @Override
    public Map<String, Object> model(Invoice invoice) {
        var mails = outbox.forInvoice(invoice.id());
        return Map.of("mails", mails, "attachments", mails.stream()
                .collect(Collectors.toMap(m -> m.id(), m -> String.join(", ", outbox.attachmentNames(m.id())))));
    }
}
