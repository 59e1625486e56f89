package lt.pagalba.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.request.TimelineEvent;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.shared.RequestId;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.stereotype.Service;

/**
 * A request's conversation as its client sees it (the portal): their e-mails, staff replies and the
 * status changes, oldest first, and the files of those only. The caller has already found the request
 * as the client's own; every file is then looked up together with that request, never by its id alone.
 */
@Service
public class ClientConversation {

    private final RequestDesk requests;
    private final ClientMails clientMails;
    private final ClientMailbox mailbox;
    private final Messages messages;
    private final StaffDirectory staff;

    ClientConversation(RequestDesk requests, ClientMails clientMails, ClientMailbox mailbox, Messages messages,
                       StaffDirectory staff) {
        this.requests = requests;
        this.clientMails = clientMails;
        this.mailbox = mailbox;
        this.messages = messages;
        this.staff = staff;
    }

    /** The public entries of the request, oldest first (at one instant, a status change before the mail it came with). */
    public List<ClientEntry> of(RequestView request) {
        List<ClientEntry> entries = new ArrayList<>();
        for (TimelineEvent e : requests.timeline(request.id())) {
            statusOf(e).ifPresent(status -> entries.add(new ClientEntry("STATUS", e.occurredAt(), null, null, null, status,
                    List.of())));
        }
        for (ClientMail mail : clientMails.of(request.id())) {
            String sender = mail.fromName() == null || mail.fromName().isBlank() ? mail.fromAddress() : mail.fromName();
            entries.add(new ClientEntry("EMAIL", mail.receivedAt(), sender, mail.subject(), mail.text(), null,
                    mail.files().stream().map(f -> new ClientEntry.File(f.id().text(), f.name(), f.size())).toList()));
        }
        messages.ofRequest(request.id()).stream().filter(Message::isReply).forEach(m -> entries.add(new ClientEntry("REPLY",
                m.createdAt(), nameOf(m.author()), m.subject(), m.body(), null,
                m.files().stream().map(f -> new ClientEntry.File(f.id().text(), f.name(), f.size())).toList())));
        entries.sort(Comparator.comparing(ClientEntry::at));
        return entries;
    }

    /**
     * A file of the request's public conversation: of a reply, or of the client's own e-mail. A note's
     * file, another request's, or an id that is none is not found.
     */
    public Optional<ConversationFiles.File> file(RequestId request, String fileId) {
        UUID id;
        try {
            id = UUID.fromString(fileId);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
        return messages.replyFile(request, new MessageFileId(id)).or(() -> mailbox.file(request, new InboundFileId(id)));
    }

    /** The status a registration or a status change left the request in; other entries are the staff's. */
    private static Optional<RequestStatus> statusOf(TimelineEvent e) {
        Object status = switch (e.kind()) {
            case "REGISTERED" -> e.detail("status");
            case "STATUS_CHANGED" -> e.detail("to");
            default -> null;
        };
        return Optional.ofNullable(status).map(s -> RequestStatus.valueOf(s.toString()));
    }

    private String nameOf(String username) {
        return staff.find(username).map(StaffMember::fullName).filter(n -> !n.isBlank()).orElse(username);
    }
}
