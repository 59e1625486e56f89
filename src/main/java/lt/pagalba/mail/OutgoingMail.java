package lt.pagalba.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.RequestId;

/**
 * An e-mail to be queued in the outbox: who gets it (one address, or several separated by commas) and
 * who gets a copy, its subject and body, what caused it (the source key that makes queuing idempotent),
 * the request or invoice it is about, the mail it answers ({@code inReplyTo}, and the thread's
 * {@code references}; Message-IDs with angle brackets), its own Message-ID when the producer chose one
 * (else the outbox chooses), and its files.
 */
public record OutgoingMail(String kind, String sourceKey, String recipient, String subject, MailBody body,
                           RequestId requestId, InvoiceId invoiceId, String inReplyTo, List<Attachment> attachments,
                           List<String> cc, String messageId, String references) {

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
        cc = cc == null ? List.of() : List.copyOf(cc);
    }

    public static OutgoingMail of(String kind, String sourceKey, String recipient, String subject, MailBody body) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, null, null, null, List.of(), List.of(), null, null);
    }

    public OutgoingMail aboutRequest(RequestId id) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, id, invoiceId, inReplyTo, attachments, cc,
                messageId, references);
    }

    public OutgoingMail aboutInvoice(InvoiceId id) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, id, inReplyTo, attachments, cc,
                messageId, references);
    }

    /** Threads this mail under an incoming one; null leaves it unthreaded. */
    public OutgoingMail inReplyTo(String answered) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, answered, attachments, cc,
                messageId, references);
    }

    /** Threads this mail under the last mail of a thread, naming the thread's mails (null: just the one answered). */
    public OutgoingMail threaded(String answered, String thread) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, answered, attachments, cc,
                messageId, thread);
    }

    public OutgoingMail withAttachment(String fileName, String contentType, byte[] content) {
        List<Attachment> files = new ArrayList<>(attachments);
        files.add(new Attachment(fileName, contentType, content));
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, inReplyTo, files, cc,
                messageId, references);
    }

    /** Sends a copy to these addresses. */
    public OutgoingMail copyTo(List<String> addresses) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, inReplyTo, attachments,
                addresses, messageId, references);
    }

    /** The Message-ID the producer chose (with angle brackets), so its own records can name the mail before it is queued. */
    public OutgoingMail withMessageId(String id) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, inReplyTo, attachments, cc,
                id, references);
    }
}
