package lt.pagalba.mail;

import java.util.Locale;
import java.util.Map;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.statement.StatementEvents.StatementSendRequested;
import lt.pagalba.statement.StatementFiles;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R12: a statement a subscriber is to receive goes to the subscription's address with its PDF (the
 * stored file, exactly what was made), in the client's language, through the outbox. The event
 * publication registry redelivers the event after a crash; the source key {@code statement:<id>}
 * keeps a redelivery from queuing a second mail.
 */
@Component
class StatementMail {

    private final Outbox outbox;
    private final StatementFiles files;
    private final ClientDirectory clients;
    private final MailTemplates templates;
    private final MessageSource messages;

    StatementMail(Outbox outbox, StatementFiles files, ClientDirectory clients, MailTemplates templates,
                  MessageSource messages) {
        this.outbox = outbox;
        this.files = files;
        this.clients = clients;
        this.templates = templates;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(StatementSendRequested event) {
        Locale locale = Locale.forLanguageTag(event.language());
        String client = clients.get(event.clientId()).name();
        String subject = messages.getMessage("mail.statement.subject", new Object[]{event.from(), event.to(), client}, locale);
        outbox.queue(OutgoingMail.of("STATEMENT", "statement:" + event.statementId(), event.recipient(), subject,
                        templates.render("statement", locale, Map.of("client", client, "from", event.from(), "to", event.to())))
                .withAttachment(files.fileName(event.statementId(), "pdf"), "application/pdf",
                        files.pdf(event.statementId())));
    }
}
