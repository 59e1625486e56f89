package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.shared.InboundMessageId;

/**
 * An e-mail the client sent to the support mailbox that joined (or made) a request: who sent it, its
 * new text and the earlier mail it quoted (folded away), its Message-ID (replies thread under it) and
 * the files kept from it.
 */
public record ClientMail(InboundMessageId id, OffsetDateTime receivedAt, String fromAddress, String fromName, String subject,
                         String text, String quoted, String messageId, List<File> files) {

    /** A file that came with the mail, downloaded at {@code /mail/attachments/{id}}. */
    public record File(InboundFileId id, String name, long size) {
    }

    public ClientMail {
        files = List.copyOf(files);
    }
}
