package lt.pagalba.portal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.shared.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time login links: 256 random bits, e-mailed, only the hash stored, valid 15 minutes, used once.
 * Whether the address is known is decided after the answer was given (on another thread), so the
 * answer and its timing are the same for every address.
 */
@Service
class LoginLinks {

    static final Duration VALID_FOR = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(LoginLinks.class);

    private final JdbcClient jdbc;
    private final ClientDirectory clients;
    private final LinkRateLimit limit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final String baseUrl;

    LoginLinks(JdbcClient jdbc, ClientDirectory clients, LinkRateLimit limit, ApplicationEventPublisher events,
               TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
               @Value("${pagalba.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.limit = limit;
        this.events = events;
        this.transactions = transactions;
        this.executor = executor;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Asks for a link to this (valid) address; false when the address or the IP address asked too often. */
    boolean request(EmailAddress email, String ip) {
        if (!limit.tryAcquire(email.value(), ip)) {
            return false;
        }
        executor.execute(() -> {
            try {
                sendIfKnown(email);
            } catch (RuntimeException e) {
                log.error("A portal login link could not be queued", e);
            }
        });
        return true;
    }

    private void sendIfKnown(EmailAddress email) {
        List<Contact> contacts = clients.contactsByEmail(email);
        if (contacts.isEmpty()) {
            return;
        }
        Contact newest = contacts.get(0);
        String language = clients.get(newest.clientId()).language();
        String token = Secrets.newToken();
        byte[] hash = Secrets.hash(token);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM portal_login_token WHERE expires_at < now() - interval '1 day'").update();
            jdbc.sql("INSERT INTO portal_login_token (token_hash, email, expires_at) VALUES (:h, :e, now() + :valid * interval '1 minute')")
                    .param("h", hash).param("e", newest.email().value()).param("valid", VALID_FOR.toMinutes()).update();
            events.publishEvent(new PortalEvents.PortalLinkRequested(newest.email().value(), language,
                    baseUrl + "/portal/login/" + token, Secrets.hex(hash)));
        });
    }

    /** The address the link was sent to, if the token is one of ours, unused and not expired; it is then used up. */
    Optional<String> redeem(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                UPDATE portal_login_token SET used_at = now()
                WHERE token_hash = :h AND used_at IS NULL AND expires_at > now() RETURNING email
                """).param("h", Secrets.hash(token)).query(String.class).optional();
    }
}
