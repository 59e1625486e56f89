package lt.pagalba.mail;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.pagalba.billing.BillingEvents.BillingRunIssued;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.billing.BillingEvents.ProformaCancelled;
import lt.pagalba.billing.BillingEvents.ProformasIssued;
import lt.pagalba.billing.InvoiceBook;
import lt.pagalba.billing.InvoiceFiles;
import lt.pagalba.billing.InvoiceStatus;
import lt.pagalba.billing.InvoiceType;
import lt.pagalba.billing.InvoiceView;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.EuroText;
import lt.pagalba.tax.EInvoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R13, R14, R17: every issued document goes to the client's billing address with its PDF, in the
 * client's language, through the outbox. The PDF is the one kept of the document, so the client
 * receives exactly what was issued; a VAT invoice or credit note carries its e-invoice (UBL XML)
 * beside it when the client asked for that. The mail is about the invoice, so billing hears when it has left
 * ({@code MailSent}): a proforma counts as sent then. A cancelled proforma's mail that has not left is
 * withdrawn. A billing run's proformas come in one event for the run ({@link BillingRunIssued}, issue 18),
 * every other document in its own.
 */
@Component
class InvoiceMail {

    private static final Logger log = LoggerFactory.getLogger(InvoiceMail.class);

    private final Outbox outbox;
    private final MailTemplates templates;
    private final InvoiceFiles files;
    private final InvoiceBook book;
    private final ClientDirectory clients;
    private final EInvoices eInvoices;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    InvoiceMail(Outbox outbox, MailTemplates templates, InvoiceFiles files, InvoiceBook book, ClientDirectory clients,
                EInvoices eInvoices, MessageSource messages, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.templates = templates;
        this.files = files;
        this.book = book;
        this.clients = clients;
        this.eInvoices = eInvoices;
        this.messages = messages;
        this.transactions = transactions;
    }

    /** A VAT invoice or credit note; proformas come with their run ({@link #on(BillingRunIssued)}), so none is stored twice. */
    @ApplicationModuleListener(condition = "#event.type() != T(lt.pagalba.billing.InvoiceType).PROFORMA")
    void on(InvoiceIssued event) {
        queue(event);
    }

    /**
     * A run's proformas, read from billing and each queued as if it had come alone, in a transaction of its own:
     * one that fails holds back no other's mail. The event is complete once every one is queued; after a
     * failure it stays incomplete and is delivered again (on restart), and then the queued ones are skipped
     * (the outbox queues once per proforma) and the failed ones tried again, so each proforma is queued exactly
     * once.
     */
    @Async
    @TransactionalEventListener
    void on(BillingRunIssued run) {
        queueAll(run.period(), book.proformasOfRun(YearMonth.parse(run.period())));
    }

    /** A run announced by a version before {@link BillingRunIssued}: its proformas are named in the event. */
    @Async
    @TransactionalEventListener
    void on(ProformasIssued run) {
        queueAll(run.period(), run.proformas());
    }

    private void queueAll(String period, List<InvoiceIssued> proformas) {
        int failed = 0;
        for (InvoiceIssued proforma : proformas) {
            try {
                transactions.executeWithoutResult(status -> queue(proforma));
            } catch (RuntimeException e) {
                failed++;
                log.error("Proforma {} of the run {} not queued for e-mail", proforma.number(), period, e);
            }
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " of " + proformas.size() + " proformas of the run " + period
                    + " not queued for e-mail; the rest are");
        }
    }

    /** Queues one document's mail (once: the outbox keeps one mail per document). */
    void queue(InvoiceIssued event) {
        Client client = clients.get(event.clientId());
        if (client.email() == null) {
            log.warn("Invoice {} not queued for e-mail: client {} has no e-mail address", event.number(), client.name());
            return;
        }
        Locale locale = Locale.forLanguageTag(client.language());
        String subject = messages.getMessage("mail.invoice.subject", new Object[]{event.number(),
                messages.getMessage("billing.inv.type." + event.type().name(), null, locale)}, locale);
        Map<String, Object> model = new HashMap<>();
        model.put("what", messages.getMessage("mail.invoice." + kind(event.type()), null, locale));
        model.put("number", event.number());
        if (event.type() == InvoiceType.PROFORMA) {
            InvoiceView invoice = book.get(event.invoiceId());
            if (invoice.status() == InvoiceStatus.CANCELLED) {
                log.info("Proforma {} was cancelled before its e-mail was queued: not queued", event.number());
                return;
            }
            model.put("amount", EuroText.of(invoice.gross().amount(), locale));
            model.put("dueDate", invoice.dueDate());
        }
        OutgoingMail mail = OutgoingMail.of("INVOICE", "invoice-issued:" + event.invoiceId(), client.email().value(), subject,
                        templates.render("invoice-issued", locale, model))
                .aboutInvoice(event.invoiceId())
                .withAttachment(files.fileName(event.invoiceId()), "application/pdf", files.pdf(event.invoiceId()));
        if (client.attachEInvoice() && EInvoices.exists(event.type())) {
            mail = mail.withAttachment(eInvoices.fileName(event.invoiceId()), "application/xml", eInvoices.xml(event.invoiceId()));
        }
        outbox.queue(mail);
    }

    /** A cancelled proforma must not reach the client: what has not left is withdrawn (what has, has). */
    @ApplicationModuleListener
    void on(ProformaCancelled event) {
        int withdrawn = outbox.withdrawForInvoice(event.invoiceId());
        log.info("Proforma {} cancelled: {} mail(s) withdrawn from the outbox", event.number(), withdrawn);
    }

    private static String kind(InvoiceType type) {
        return switch (type) {
            case PROFORMA -> "proforma";
            case VAT_INVOICE -> "vatInvoice";
            case CREDIT_NOTE -> "creditNote";
        };
    }
}
