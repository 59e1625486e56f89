package lt.pagalba.mail;

import java.util.Locale;
import java.util.Map;
import lt.pagalba.statement.StatementEvents.SubscriptionConfirmationRequested;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** R12: a contact who asked for statements (or to stop them) in the portal gets a confirmation at that address. */
@Component
class StatementSubscriptionMail {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;

    StatementSubscriptionMail(Outbox outbox, MailTemplates templates, MessageSource messages) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(SubscriptionConfirmationRequested event) {
        Locale locale = Locale.forLanguageTag(event.language());
        boolean stopped = event.frequency() == null;
        String subject = messages.getMessage(stopped ? "portal.mail.unsubscribed.subject" : "portal.mail.subscribed.subject",
                null, locale);
        String text = stopped ? messages.getMessage("portal.mail.unsubscribed", new Object[]{event.clientName()}, locale)
                : messages.getMessage("portal.mail.subscribed", new Object[]{event.clientName(),
                messages.getMessage("portal.frequency." + event.frequency(), null, locale)}, locale);
        MailBody body = templates.render("statement-subscription", locale, Map.of("text", text));
        outbox.queue(OutgoingMail.of("STATEMENT_SUBSCRIPTION", "statement-subscription:" + event.changeKey(),
                event.recipient(), subject, body));
    }
}
