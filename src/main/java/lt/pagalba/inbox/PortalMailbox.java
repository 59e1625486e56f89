package lt.pagalba.inbox;

import java.util.Optional;
import lt.pagalba.conversation.ClientMailbox;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.shared.RequestId;
import org.springframework.stereotype.Component;

/** The support mailbox as the portal reaches it through the conversation: the client's files on their request. */
@Component
class PortalMailbox implements ClientMailbox {

    private final InboundMessages inbound;

    PortalMailbox(InboundMessages inbound) {
        this.inbound = inbound;
    }

    @Override
    public Optional<ConversationFiles.File> file(RequestId request, InboundFileId file) {
        return inbound.fileOfRequest(request, file);
    }
}
