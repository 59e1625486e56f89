package lt.pagalba.conversation;

import java.util.List;
import lt.pagalba.shared.RequestId;

/**
 * A staff member replied to the client: mail queues the e-mail once ({@code reply:<id>}), with the
 * Message-ID chosen here and threaded under the request's last e-mail. The files are not in the event
 * (it is kept in the event publication registry): mail reads them through {@link ConversationFiles}.
 *
 * @param text  the body as written (plain text); {@code html} the same as HTML, made from the text
 * @param author the staff member's name, for the signature
 * @param language the client's language ({@code lt}, {@code en})
 */
public record ReplyQueued(MessageId id, RequestId requestId, String number, List<String> to, List<String> cc,
                          String subject, String text, String html, String author, String language, String messageId,
                          String inReplyTo, String references, boolean hasFiles) {

    public ReplyQueued {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }
}
