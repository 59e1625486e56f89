package lt.pagalba.mail;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lt.pagalba.servicelevel.ServiceTargetEscalated;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.staff.NotificationSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 17: a target near or past is e-mailed to whom the escalation names (the lead; past the target
 * the administrators too), once each: the source key is the request, target, level and address. A staff
 * member who turned escalation mails off gets none; each gets it in the language they chose.
 */
@Component
class EscalationMail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Outbox outbox;
    private final MessageSource messages;
    private final StaffNotices preferences;
    private final String baseUrl;

    EscalationMail(Outbox outbox, MessageSource messages, StaffNotices preferences,
                   @Value("${pagalba.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.preferences = preferences;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ServiceTargetEscalated event) {
        String due = TIME.format(event.due().atZoneSameInstant(Vilnius.ZONE));
        for (String recipient : event.recipients()) {
            NotificationSettings settings = preferences.ofAddress(recipient);
            if (!settings.wants(NotificationSettings.Kind.ESCALATION)) {
                continue;
            }
            Locale locale = settings.locale();
            String target = text(locale, "mail.escalation.target." + event.target());
            String subject = text(locale, "mail.escalation.subject." + event.level(), event.number(), target);
            String body = text(locale, "mail.escalation.intro." + event.level(), event.number(), target, due) + "\n\n"
                    + text(locale, "mail.escalation.open") + ": " + baseUrl + "/requests/" + event.requestId().text() + "\n";
            outbox.queue(OutgoingMail.of("SERVICE_ESCALATION", "escalation:" + event.requestId().text() + ":" + event.target()
                    + ":" + event.level() + ":" + recipient, recipient, subject, MailBody.text(body)).aboutRequest(event.requestId()));
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
