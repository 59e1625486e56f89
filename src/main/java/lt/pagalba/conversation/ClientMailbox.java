package lt.pagalba.conversation;

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

    /** A file of one of the client's e-mails on this request; empty for any other file. */
    Optional<ConversationFiles.File> file(RequestId request, InboundFileId file);
}
