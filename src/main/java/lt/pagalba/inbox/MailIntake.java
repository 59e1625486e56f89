package lt.pagalba.inbox;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lt.pagalba.shared.InboundMessageId;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns incoming e-mails into requests (R1–R3, R6). Each message is stored under its key (the
 * Message-ID, or a hash) in the same transaction as the request it makes or joins and the
 * automatic reply it queues: a message read twice, by a second poller or after a crash before the
 * mailbox was told, finds its key taken and does nothing. Messages are written many to a
 * transaction; when that fails they are written one by one, and one that still fails goes to the
 * quarantine, so it never stops the others.
 */
@Service
class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    static final int PER_TRANSACTION = 100;

    /** What became of one message: REGISTERED, JOINED, IGNORED, QUARANTINED or DUPLICATE. */
    record Outcome(String status, RequestId requestId, String reason) implements Serializable {
    }

    private final InboundMessages inbound;
    private final MailToRequest requests;
    private final TransactionTemplate transactions;
    private final String ownAddress;

    MailIntake(InboundMessages inbound, MailToRequest requests, TransactionTemplate transactions,
               @Value("${pagalba.mail.from}") String ownAddress) {
        this.inbound = inbound;
        this.requests = requests;
        this.transactions = transactions;
        this.ownAddress = ownAddress.trim().toLowerCase(Locale.ROOT);
    }

    /** A message as read, and where it stands in the list it came in. */
    private record Item(int index, byte[] raw, ParsedMail mail) {
    }

    /**
     * Processes raw messages as read from the mailbox; every one is stored, registered, joined,
     * ignored or quarantined. At most {@link #PER_TRANSACTION} share a transaction, so the year's
     * request counter is never held long.
     */
    List<Outcome> receive(List<byte[]> raws) {
        List<Outcome> outcomes = new ArrayList<>(raws.size());
        for (int from = 0; from < raws.size(); from += PER_TRANSACTION) {
            outcomes.addAll(receiveTogether(raws.subList(from, Math.min(raws.size(), from + PER_TRANSACTION))));
        }
        return outcomes;
    }

    private List<Outcome> receiveTogether(List<byte[]> raws) {
        Outcome[] outcomes = new Outcome[raws.size()];
        List<Item> parsed = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            byte[] raw = raws.get(i);
            try {
                parsed.add(new Item(i, raw, MailParser.parse(raw, ownAddress)));
            } catch (Exception | StackOverflowError broken) {
                outcomes[i] = quarantine(raw, null, "MIME: " + describe(broken));
            }
        }
        // the same order in every poller, so two of them wait for each other instead of deadlocking
        parsed.sort(Comparator.comparing(item -> item.mail().messageKey()));
        try {
            List<Outcome> written = transactions.execute(status -> parsed.stream()
                    .map(item -> requests.process(item.raw(), item.mail(), null)).toList());
            for (int i = 0; i < parsed.size(); i++) {
                outcomes[parsed.get(i).index()] = written.get(i);
            }
        } catch (RuntimeException batchFailed) {
            if (parsed.size() > 1) {
                log.warn("A batch of {} mails failed ({}); processing them one by one", parsed.size(), batchFailed.toString());
            }
            parsed.forEach(item -> outcomes[item.index()] = receiveAlone(item));
        }
        return List.of(outcomes);
    }

    private Outcome receiveAlone(Item item) {
        try {
            return transactions.execute(status -> requests.process(item.raw(), item.mail(), null));
        } catch (RuntimeException e) {
            log.warn("Mail {} quarantined", item.mail().messageKey(), e);
            return quarantine(item.raw(), item.mail(), describe(e));
        }
    }

    /** Processes a quarantined message again (the administrator's retry, after a fix). */
    Outcome retry(InboundMessageId id) {
        byte[] raw = inbound.raw(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw, ownAddress);
        } catch (Exception | StackOverflowError broken) {
            return quarantine(raw, null, "MIME: " + describe(broken));
        }
        try {
            return transactions.execute(status -> requests.process(raw, mail, id));
        } catch (RuntimeException e) {
            log.warn("Retry of mail {} failed", id, e);
            return quarantine(raw, mail, describe(e));
        }
    }

    private Outcome quarantine(byte[] raw, ParsedMail mail, String reason) {
        String key = mail != null ? mail.messageKey() : MailParser.keyOf(raw);
        MailParser.Envelope about = mail != null ? new MailParser.Envelope(mail.fromAddress(), mail.subject())
                : MailParser.envelope(raw);
        inbound.quarantine(key, raw, about.from(), about.subject(), reason);
        return new Outcome("QUARANTINED", null, reason);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
