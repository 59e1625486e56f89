package lt.pagalba.mail;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lt.pagalba.billing.InvoiceView;
import lt.pagalba.shared.PageSection;
import org.springframework.stereotype.Component;

/** The invoice page shows the e-mail that carries it: queued, sent or failed, with its attachment. */
@Component
class InvoiceOutboxSection implements PageSection<InvoiceView> {

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
    public Optional<Map<String, Object>> model(InvoiceView invoice) {
        var mails = outbox.forInvoice(invoice.id());
        return Optional.of(Map.of("mails", mails, "attachments", mails.stream()
                .collect(Collectors.toMap(OutboxMessage::id, m -> String.join(", ", outbox.attachmentNames(m.id()))))));
    }
}
