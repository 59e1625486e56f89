package lt.pagalba.mail;

import java.util.Locale;
import java.util.Map;
import lt.pagalba.feedback.FeedbackEvents.FeedbackRequested;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R16: the invitation to rate a closed request, in the client's language, with the link to rate and
 * the link to ask for no more. The source key {@code feedback:<requestId>} queues it once whatever
 * is redelivered.
 */
@Component
class FeedbackMail {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;

    FeedbackMail(Outbox outbox, MailTemplates templates, MessageSource messages) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(FeedbackRequested event) {
        Locale locale = Locale.forLanguageTag(event.language());
        String subject = messages.getMessage("feedback.mail.subject", new Object[]{event.number()}, locale);
        MailBody body = templates.render("feedback-request", locale, Map.of("number", event.number(),
                "summary", event.summary() == null ? "" : event.summary(), "link", event.link(),
                "optOutLink", event.optOutLink()));
        outbox.queue(OutgoingMail.of("FEEDBACK", "feedback:" + event.requestId(), event.recipient(), subject, body)
                .aboutRequest(event.requestId()));
    }
}
