package lt.pagalba.mail;

import java.util.Locale;
import java.util.Map;
import lt.pagalba.request.RequestEvents.UrgentRequestAssigned;
import lt.pagalba.staff.NotificationSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R6: the consultant who got an urgent request hears of it at once, by e-mail as well as on their
 * open pages. Runs after the registration commits; the event publication registry redelivers it
 * after a crash, and the outbox's source key keeps a redelivery from queuing a second mail. The mail
 * comes unless the consultant turned urgent mails off, in the language they chose (Lithuanian until
 * they choose); the request number in the subject threads replies to the request.
 */
@Component
class UrgentRequestMail {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final StaffNotices preferences;
    private final String baseUrl;

    UrgentRequestMail(Outbox outbox, MailTemplates templates, MessageSource messages, StaffNotices preferences,
                      @Value("${pagalba.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.preferences = preferences;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(UrgentRequestAssigned event) {
        NotificationSettings settings = preferences.settingsOf(event.consultant());
        if (!settings.wants(NotificationSettings.Kind.URGENT)) {
            return;
        }
        Locale locale = settings.locale();
        String subject = messages.getMessage("mail.urgent.subject", new Object[]{event.number(), event.clientName()}, locale);
        var body = templates.render("urgent-assigned", locale, Map.of("number", event.number(),
                "clientName", event.clientName(), "summary", event.summary() == null ? "" : event.summary(),
                "link", baseUrl + "/requests/" + event.requestId()));
        outbox.queue(OutgoingMail.of("URGENT_ASSIGNED", "urgent-assigned:" + event.requestId() + ":" + event.consultant(),
                event.consultantEmail(), subject, body).aboutRequest(event.requestId()));
    }
}
