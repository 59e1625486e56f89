package lt.pagalba.mail;

import java.util.Locale;
import java.util.Map;
import lt.pagalba.portal.PortalEvents.PortalLinkRequested;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The portal's one-time login link, in the client's language. Heard synchronously, in the
 * transaction that stores the link's hash: a plain listener, so the event (which holds the raw link)
 * never enters the event publication registry, and link and mail are kept or lost together.
 */
@Component
class PortalLinkMail {

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;

    PortalLinkMail(Outbox outbox, MailTemplates templates, MessageSource messages) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
    }

    @EventListener
    void on(PortalLinkRequested event) {
        Locale locale = Locale.forLanguageTag(event.language());
        String subject = messages.getMessage("portal.mail.link.subject", null, locale);
        MailBody body = templates.render("portal-link", locale, Map.of("link", event.link()));
        outbox.queue(OutgoingMail.of("PORTAL_LINK", "portal-link:" + event.linkKey(), event.recipient(), subject, body));
    }
}
