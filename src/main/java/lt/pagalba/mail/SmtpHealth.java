package lt.pagalba.mail;

import jakarta.mail.MessagingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server, as administrators see it under {@code /actuator/health}: reachable or not. An
 * unreachable server is {@code UNREACHABLE}, which ranks below {@code UP} (application.yml): mail waits
 * in the outbox, so Pagalba itself stays up and a load balancer keeps sending it callers.
 */
@Component("smtp")
class SmtpHealth extends AbstractHealthIndicator {

    static final Status UNREACHABLE = new Status("UNREACHABLE");

    private final ObjectProvider<JavaMailSender> senders;

    SmtpHealth(ObjectProvider<JavaMailSender> senders) {
        super("The SMTP server could not be checked");
        this.senders = senders;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (!(senders.getIfAvailable() instanceof JavaMailSenderImpl sender)) {
            health.unknown().withDetail("configured", false);
            return;
        }
        health.withDetail("host", sender.getHost() + ":" + sender.getPort());
        try {
            sender.testConnection();
            health.up();
        } catch (MessagingException e) {
            health.status(UNREACHABLE).withDetail("error", e.getMessage());
        }
    }
}
