package lt.pagalba.inbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The support mailbox, as administrators see it under {@code /actuator/health}: it answers a login or
 * not. An unreachable mailbox is {@code UNREACHABLE}, ranked below {@code UP} (application.yml): mail
 * waits on the server, so Pagalba itself stays up.
 */
@Component("mailbox")
class MailboxHealth extends AbstractHealthIndicator {

    static final Status UNREACHABLE = new Status("UNREACHABLE");

    private final InboundMailSettings settings;
    private final MailboxPoller poller;

    MailboxHealth(InboundMailSettings settings, MailboxPoller poller) {
        super("The support mailbox could not be checked");
        this.settings = settings;
        this.poller = poller;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (!settings.enabled()) {
            health.unknown().withDetail("configured", false);
            return;
        }
        health.withDetail("mailbox", settings.username() + "@" + settings.host());
        try (Store store = poller.session().getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port() == 0 ? -1 : settings.port(), settings.username(), settings.password());
            health.up();
        } catch (MessagingException e) {
            health.status(UNREACHABLE).withDetail("error", e.getMessage());
        }
    }
}
