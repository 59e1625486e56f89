package lt.pagalba.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An e-mail to be queued in the outbox: who gets it, its subject and body (plain text, and HTML when
 * there is one), what caused it (the source key that makes queuing idempotent), the request or
 * invoice it is about, the incoming message it answers, and its files.
 */
record OutgoingMail(String kind, String sourceKey, String recipient, String subject, MailTemplates.Body body,
                    String requestId, String invoiceId, String inReplyTo, List<Outbox.Attachment> attachments) {

    OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }

    static OutgoingMail of(String kind, String sourceKey, String recipient, String subject, MailTemplates.Body body) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, null, null, null, List.of());
    }

    OutgoingMail aboutRequest(String id) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, id, invoiceId, inReplyTo, attachments);
    }

    OutgoingMail aboutInvoice(String id) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, id, inReplyTo, attachments);
    }

    /** Threads this mail under an incoming one (its Message-ID, with angle brackets). */
    OutgoingMail inReplyTo(String messageId) {
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, messageId, attachments);
    }

    OutgoingMail withAttachment(String fileName, String contentType, byte[] content) {
        List<Outbox.Attachment> files = new ArrayList<>(attachments);
        files.add(new Outbox.Attachment(fileName, contentType, content));
        return new OutgoingMail(kind, sourceKey, recipient, subject, body, requestId, invoiceId, inReplyTo, files);
    }
}
