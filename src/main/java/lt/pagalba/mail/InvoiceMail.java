package lt.pagalba.mail;

import java.util.Locale;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.billing.InvoiceFiles;
import lt.pagalba.billing.InvoiceType;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R13, R14, R17: every issued document goes to the client's billing address with its PDF, in the
 * client's language, through the outbox. The PDF is made when the message is queued, so the client
 * receives exactly what was issued.
 */
@Component
class InvoiceMail {

    private static final Logger log = LoggerFactory.getLogger(InvoiceMail.class);

    private final Outbox outbox;
    private final InvoiceFiles files;
    private final ClientDirectory clients;
    private final MessageSource messages;

    InvoiceMail(Outbox outbox, InvoiceFiles files, ClientDirectory clients, MessageSource messages) {
        this.outbox = outbox;
        this.files = files;
        this.clients = clients;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(InvoiceIssued event) {
        Client client = clients.get(event.clientId());
        if (client.email() == null) {
            log.warn("Invoice {} not queued for e-mail: client {} has no e-mail address", event.number(), client.name());
            return;
        }
        Locale locale = Locale.forLanguageTag(client.language());
        String what = messages.getMessage("mail.invoice." + kind(event.type()), null, locale);
        String subject = messages.getMessage("mail.invoice.subject", new Object[]{event.number(),
                messages.getMessage("billing.inv.type." + event.type().name(), null, locale)}, locale);
        String body = messages.getMessage("mail.invoice.body", new Object[]{what, event.number()}, locale);
        outbox.queue(OutgoingMail.of("INVOICE", "invoice-issued:" + event.invoiceId(), client.email(), subject,
                        MailTemplates.Body.text(body))
                .aboutInvoice(event.invoiceId())
                .withAttachment(files.fileName(event.invoiceId()), "application/pdf", files.pdf(event.invoiceId())));
    }

    private static String kind(InvoiceType type) {
        return switch (type) {
            case PROFORMA -> "proforma";
            case VAT_INVOICE -> "vatInvoice";
            case CREDIT_NOTE -> "creditNote";
        };
    }
}
