package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message on a request as the API shows it: the client's e-mail ({@code direction} IN, {@code author}
 * null), a reply or a note (OUT, by a staff member's username). {@code delivery} is a reply's state in the
 * outbox (null for a note or the client's e-mail), {@code deliveryError} why it failed; {@code quoted} the
 * earlier mail the client's e-mail quoted; each file has the address it is downloaded at.
 */
public record MessageView(String id, MessageKind kind, Direction direction, String author, String from, List<String> to,
                          List<String> cc, String subject, String body, String quoted, OffsetDateTime createdAt,
                          Delivery.Status delivery, String deliveryError, String workEntryId, List<Attachment> attachments) {

    /** A file of the message. */
    public record Attachment(String id, String name, long size, String href) {
    }

    static MessageView of(ClientMail mail, String supportAddress) {
        return new MessageView(mail.id().text(), MessageKind.EMAIL, Direction.IN, null, mail.fromAddress(),
                List.of(supportAddress), List.of(), mail.subject(), mail.text(), mail.quoted(), mail.receivedAt(), null, null,
                null, mail.files().stream().map(f -> new Attachment(f.id().text(), f.name(), f.size(),
                        "/api/v1/mail/attachments/" + f.id())).toList());
    }

    static MessageView of(Message m, Delivery delivery) {
        return new MessageView(m.id().text(), m.kind(), Direction.OUT, m.author(), m.from(), m.to(), m.cc(), m.subject(),
                m.body(), null, m.createdAt(), delivery == null ? null : delivery.status(),
                delivery == null ? null : delivery.reason(), m.workEntry() == null ? null : m.workEntry().text(),
                m.files().stream().map(f -> new Attachment(f.id().text(), f.name(), f.size(),
                        "/api/v1/message-files/" + f.id())).toList());
    }
}
