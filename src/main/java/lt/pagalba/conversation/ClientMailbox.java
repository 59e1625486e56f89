package lt.pagalba.conversation;

import java.util.List;
import java.util.Optional;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.shared.RequestId;

/**
 * The client's side of the support mailbox, as the portal needs it: a file of their e-mails, found
 * only together with the request it came on, and details they add on the portal, kept exactly as their
 * reply e-mail would be (the same message and file tables, the same entry on the request). A port the
 * inbox implements, because the inbox depends on mail, which depends on the portal.
 */
public interface ClientMailbox {

    /** What a contact wrote on the portal, as the mailbox stores an e-mail: from whom, under which subject, in which language. */
    record Written(String fromAddress, String fromName, String subject, String text, String language,
                   List<ConversationFiles.File> files) {

        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Stores what the contact wrote and joins it to the request as their reply e-mail would join it (in
     * the caller's transaction): the same entry on the request, the same files, the same automatic
     * answers and the same notice to the lead.
     */
    void add(RequestView request, Written written);

    /** A file of one of the client's e-mails on this request; empty for any other file. */
    Optional<ConversationFiles.File> file(RequestId request, InboundFileId file);
}
