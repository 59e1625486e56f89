package lt.pagalba.mail;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.OutboxMessageId;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.RequestId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of e-mails: every mail Pagalba sends is queued here and sent by the worker. Queuing is
 * idempotent per source key, so a redelivered event queues nothing twice.
 */
@Service
public class Outbox {

    private final OutboxMessages messages;
    private final AuditTrail audit;
    private final String domain;

    Outbox(OutboxMessages messages, AuditTrail audit, @Value("${pagalba.mail.from}") String from) {
        this.messages = messages;
        this.audit = audit;
        this.domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "pagalba.local";
    }

    /**
     * Queues a mail with its files in the caller's transaction; false when the same source already
     * queued one. Its Message-ID is chosen now, so replies thread back to it from the start.
     */
    public boolean queue(OutgoingMail mail) {
        return queue(mail, Duration.ZERO);
    }

    /** The same, due only after a while (a notice to staff behind the client's mail of the same moment). */
    boolean queue(OutgoingMail mail, Duration after) {
        OutboxMessageId id = OutboxMessageId.random();
        // <uuid@domain of the From address>: unique, and recognisable as Pagalba's own when a reply cites it
        return messages.insert(id, mail.messageId() != null ? mail.messageId() : "<" + id + "@" + domain + ">", mail, after);
    }

    public OutboxMessage get(OutboxMessageId id) {
        return messages.find(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
    }

    public List<OutboxMessage> forRequest(RequestId id) {
        return messages.aboutRequest(id);
    }

    public List<OutboxMessage> forInvoice(InvoiceId id) {
        return messages.aboutInvoice(id);
    }

    /** The message a source queued (e.g. {@code statement:<id>}), if it did. */
    public Optional<OutboxMessage> bySource(String sourceKey) {
        return messages.bySource(sourceKey);
    }

    /** Names of the files that go with a message, in order. */
    public List<String> attachmentNames(OutboxMessageId id) {
        return messages.attachmentNames(id);
    }

    /**
     * The request of the newest mail Pagalba sent about one among these Message-IDs (those a reply
     * cites in In-Reply-To and References), so the reply can join it.
     */
    public Optional<CitedRequest> requestCitedBy(Collection<String> messageIds) {
        return messageIds.isEmpty() ? Optional.empty() : messages.newestAboutRequest(messageIds);
    }

    /** One page of mails, newest first; all of them, or those of one status (QUEUED, SENT, FAILED). */
    PageOf<OutboxMessage> list(String status, PageOf.Request page) {
        return messages.page(status, page);
    }

    boolean hasHtml(OutboxMessageId id) {
        return messages.htmlBody(id).isPresent();
    }

    /** Withdraws the mails about an invoice that have not left (its proforma was cancelled); returns how many. */
    @Transactional
    int withdrawForInvoice(InvoiceId invoice) {
        return messages.withdrawForInvoice(invoice);
    }

    /**
     * Queues a sent or failed mail again, due now with its attempts counted afresh (audited). It keeps
     * its Message-ID, so a reply to either copy threads to the same request.
     */
    @Transactional
    OutboxMessage resend(OutboxMessageId id) {
        OutboxMessage before = get(id);
        if (!messages.requeue(id)) {
            throw new ConflictException("outbox.resend.queued", before.recipient());
        }
        audit.record("OUTBOX_MESSAGE", before.id(), null, "RESENT",
                Map.of("status", before.status(), "attempts", before.attempts(),
                        "sentAt", String.valueOf(before.sentAt()), "lastError", String.valueOf(before.lastError())),
                Map.of("status", "QUEUED"));
        return get(id);
    }
}
