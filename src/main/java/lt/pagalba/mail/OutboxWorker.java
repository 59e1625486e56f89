package lt.pagalba.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import lt.pagalba.shared.MailSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox over SMTP, one mail per transaction: claimed, sent, marked, committed. Mail is sent
 * at least once: a crash after the server took a mail but before the commit sends it again. Mail is
 * off (everything stays queued) when no SMTP server is configured ({@code spring.mail.host}).
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    /** Mails one call sends at most, so a long queue does not hold the scheduler's thread for ever. */
    private static final int ROUND = 200;

    private enum Outcome { NONE, SENT, FAILED, UNREACHABLE }

    private final ObjectProvider<JavaMailSender> senders;
    private final OutboxDelivery delivery;
    private final RetryPolicy retry;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final String from;

    OutboxWorker(ObjectProvider<JavaMailSender> senders, OutboxDelivery delivery, RetryPolicy retry,
                 PlatformTransactionManager transactions, ApplicationEventPublisher events,
                 @Value("${pagalba.mail.from}") String from) {
        this.senders = senders;
        this.delivery = delivery;
        this.retry = retry;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.from = checked(from);
    }

    /** A From address that is no address would fail every mail for good: refuse it at start-up instead. */
    private static String checked(String from) {
        try {
            new InternetAddress(from, true);
            return from;
        } catch (AddressException e) {
            throw new IllegalStateException("pagalba.mail.from (PAGALBA_MAIL_FROM) is not an e-mail address: " + from, e);
        }
    }

    /** Whether an SMTP server is configured; without one nothing is sent. */
    boolean mailOn() {
        return senders.getIfAvailable() != null;
    }

    /** Sends the mails due now (several workers may call this at once); returns how many were sent. */
    int sendDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < ROUND; i++) {
            Outcome outcome = transactions.execute(status -> sendNext(sender));
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome == Outcome.NONE || outcome == Outcome.UNREACHABLE) {
                break;
            }
        }
        return sent;
    }

    private Outcome sendNext(JavaMailSender sender) {
        var claimed = delivery.claimNext();
        if (claimed.isEmpty()) {
            return Outcome.NONE;
        }
        OutboxDelivery.Claimed mail = claimed.get();
        try {
            sender.send(MimeMail.of(sender, from, mail, delivery.attachments(mail.id())));
        } catch (Exception e) {
            return failed(mail, SendFailure.of(e));
        }
        delivery.sent(mail.id());
        events.publishEvent(new MailSent(mail.id(), mail.requestId(), mail.invoiceId()));
        return Outcome.SENT;
    }

    private Outcome failed(OutboxDelivery.Claimed mail, SendFailure failure) {
        int attempts = mail.attempts() + 1;
        if (failure.kind() == SendFailure.Kind.PERMANENT) {
            log.warn("Mail {} to {} rejected for good: {}", mail.id(), mail.recipient(), failure.reason());
            delivery.failed(mail.id(), failure.reason());
            return Outcome.FAILED;
        }
        if (retry.givesUpAfter(attempts)) {
            log.warn("Mail {} to {} given up after {} attempts: {}", mail.id(), mail.recipient(), attempts, failure.reason());
            delivery.failed(mail.id(), failure.reason());
            return Outcome.FAILED;
        }
        log.info("Mail {} to {} not sent (attempt {}), trying again in {}: {}", mail.id(), mail.recipient(), attempts,
                retry.delayAfter(attempts), failure.reason());
        delivery.retryLater(mail.id(), failure.reason(), retry.delayAfter(attempts));
        return failure.kind() == SendFailure.Kind.UNREACHABLE ? Outcome.UNREACHABLE : Outcome.FAILED;
    }
}
