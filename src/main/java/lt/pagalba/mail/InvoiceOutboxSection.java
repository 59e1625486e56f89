package lt.pagalba.mail;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lt.pagalba.billing.Invoice;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.PageSection;
import org.springframework.stereotype.Component;

/** The invoice page shows the e-mail that carries it: queued, sent or failed, with its attachment. */
@Component
class InvoiceOutboxSection implements PageSection<Invoice> {

    private final Outbox outbox;

    InvoiceOutboxSection(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "mail/invoice-section";
    }

    @Override
    public Optional<Map<String, Object>> model(Invoice invoice) {
        var mails = outbox.forInvoice(InvoiceId.parse(invoice.id()));
        return Optional.of(Map.of("mails", mails, "attachments", mails.stream()
                .collect(Collectors.toMap(OutboxMessage::id, m -> String.join(", ", outbox.attachmentNames(m.id()))))));
    }
}
