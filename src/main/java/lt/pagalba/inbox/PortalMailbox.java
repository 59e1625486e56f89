package lt.pagalba.inbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.conversation.ClientMailbox;
import lt.pagalba.conversation.ConversationFiles;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support mailbox as the portal reaches it through the conversation: the client's files on their
 * request, and what a contact writes there, taken in as their reply e-mail.
 */
@Component
class PortalMailbox implements ClientMailbox {

    private final InboundMessages inbound;
    private final MailToRequest requests;

    PortalMailbox(InboundMessages inbound, MailToRequest requests) {
        this.inbound = inbound;
        this.requests = requests;
    }

    /** Stored as an e-mail of the contact that has no Message-ID of its own (nothing can cite it) and no raw bytes. */
    @Override
    @Transactional
    public void add(RequestView request, Written written) {
        ParsedMail mail = new ParsedMail("portal:" + UUID.randomUUID(), null, List.of(), written.fromAddress(),
                written.fromName(), written.subject(), OffsetDateTime.now(Vilnius.ZONE), written.text(), null,
                written.files().stream().map(f -> new ParsedMail.File(f.name(), f.contentType(), f.content())).toList(),
                false, null, written.language());
        requests.joinWritten(mail, request.id());
    }

    @Override
    public Optional<ConversationFiles.File> file(RequestId request, InboundFileId file) {
        return inbound.fileOfRequest(request, file);
    }
}
