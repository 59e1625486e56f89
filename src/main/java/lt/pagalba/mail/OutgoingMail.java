package lt.pagalba.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.RequestId;

/**
 * An e-mail to be queued in the outbox: who gets it, its subject and body, what caused it (the source
 * key that makes queuing idempotent), the request or invoice it is about, the incoming message it
 * answers (a Message-ID with angle brackets), and its files.
 */
public record OutgoingMail(String kind, String sourceKey, String recipient, String subject, MailBody body,
                           RequestId requestId, InvoiceId invoiceId, String inReplyTo, List<Attachment> attachments) {

    /** A file that goes with a message. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }

    public static OutgoingMail of(String kind, String sourceKey, String recipient, String subject, MailBody body) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, null, null, null, List.of());
    }

    public OutgoingMail aboutRequest(RequestId id) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, id, invoiceId, inReplyTo, attachments);
    }

    public OutgoingMail aboutInvoice(InvoiceId id) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, id, inReplyTo, attachments);
    }

    /** Threads this mail under an incoming one; null leaves it unthreaded. */
    public OutgoingMail inReplyTo(String messageId) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, messageId, attachments);
    }

    public OutgoingMail withAttachment(String fileName, String contentType, byte[] content) {
        List<Attachment> files = new ArrayList<>(attachments);
        files.add(new Attachment(fileName, contentType, content));
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, inReplyTo, files);
    }
}
