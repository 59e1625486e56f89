package lt.pagalba.mail;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lt.pagalba.servicelevel.ServiceTargetEscalated;
import lt.pagalba.shared.Vilnius;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 17: a target near or past is e-mailed to whom the escalation names (the lead; past the target
 * the administrators too), once each: the source key is the request, target, level and address.
 */
@Component
class EscalationMail {

    private static final Locale LITHUANIAN = Locale.forLanguageTag("lt");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    EscalationMail(Outbox outbox, MessageSource messages, @Value("${pagalba.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ServiceTargetEscalated event) {
        String target = text("mail.escalation.target." + event.target());
        String due = TIME.format(event.due().atZoneSameInstant(Vilnius.ZONE));
        String subject = text("mail.escalation.subject." + event.level(), event.number(), target);
        String body = text("mail.escalation.intro." + event.level(), event.number(), target, due) + "\n\n"
                + text("mail.escalation.open") + ": " + baseUrl + "/requests/" + event.requestId().text() + "\n";
        for (String recipient : event.recipients()) {
            outbox.queue(OutgoingMail.of("SERVICE_ESCALATION", "escalation:" + event.requestId().text() + ":" + event.target()
                    + ":" + event.level() + ":" + recipient, recipient, subject, MailBody.text(body)).aboutRequest(event.requestId()));
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LITHUANIAN);
    }
}
