package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.WorkEntryId;

/**
 * A reply or an internal note as stored: who wrote it and when, to whom a reply went (with the
 * Message-ID it carries and the e-mail it answers), its text as written, its files, and the work entry
 * logged with it.
 */
record Message(MessageId id, RequestId requestId, MessageKind kind, String author, OffsetDateTime createdAt,
               String from, List<String> to, List<String> cc, String subject, String body, String messageId,
               String inReplyTo, String references, WorkEntryId workEntry, List<File> files) {

    /** A file of the message, as listed (its bytes are read apart). */
    record File(MessageFileId id, String name, String contentType, int size) {
    }

    Message {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        files = List.copyOf(files);
    }

    boolean isReply() {
        return kind == MessageKind.REPLY;
    }
}
