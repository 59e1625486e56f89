package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.request.TimelineEvent;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InboundFileId;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's conversation as its client sees it (the portal): their e-mails, staff replies and the
 * status changes, oldest first, and the files of those only; and what the client adds to it there. The caller has already found the request
 * as the client's own; every file is then looked up together with that request, never by its id alone.
 */
@Service
public class ClientConversation {

    /** The most the files added at once may hold together: as for an e-mail, 25 MB. */
    public static final long MAX_MEGABYTES = Upload.MAX_TOTAL_BYTES / (1024 * 1024);

    private final RequestDesk requests;
    private final ClientMails clientMails;
    private final ClientMailbox mailbox;
    private final Messages messages;
    private final StaffDirectory staff;
    private final Conversation conversation;

    ClientConversation(RequestDesk requests, ClientMails clientMails, ClientMailbox mailbox, Messages messages,
                       StaffDirectory staff, Conversation conversation) {
        this.requests = requests;
        this.clientMails = clientMails;
        this.mailbox = mailbox;
        this.messages = messages;
        this.staff = staff;
        this.conversation = conversation;
    }

    /** The kinds of timeline entry the client sees or made: a status (at registration or changed), their own e-mail. */
    private static final Set<String> PUBLIC_EVENTS = Set.of("REGISTERED", "STATUS_CHANGED", "EMAIL_RECEIVED");

    /**
     * When each request last had something the client sees in its conversation (a status change, their
     * own mail, a staff reply), for a list of them in two reads; a request with none is absent.
     */
    public Map<RequestId, OffsetDateTime> lastActivity(List<RequestView> of) {
        List<RequestId> ids = of.stream().map(RequestView::id).toList();
        Map<RequestId, OffsetDateTime> latest = new HashMap<>(requests.latestEvents(ids, PUBLIC_EVENTS));
        messages.latestReplies(ids).forEach((id, at) -> latest.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
        return latest;
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
        Map<String, String> names = new HashMap<>(); // one look-up per author, however many replies
        messages.ofRequest(request.id()).stream().filter(Message::isReply).forEach(m -> entries.add(new ClientEntry("REPLY",
                m.createdAt(), names.computeIfAbsent(m.author(), this::nameOf), m.subject(), m.body(), null,
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

    /**
     * Adds what the contact wrote, with files, to the request: it joins the conversation where the
     * client's reply e-mail would, through the support mailbox. The text is required and the files
     * hold 25 MB at most together (each refusal named by its field, {@code text} or {@code files}); a
     * closed request takes nothing more (409).
     */
    @Transactional
    public void add(RequestView request, String fromAddress, String fromName, String text, List<ConversationFiles.File> files) {
        if (request.status() == RequestStatus.CLOSED) {
            throw new ConflictException("conversation.closed", request.number());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            problems.add(FieldProblem.required("text"));
        } else if (body.length() > MessageRules.MAX_BODY) {
            problems.add(new FieldProblem("text", "too_long", "conversation.body.tooLong", MessageRules.MAX_BODY));
        }
        List<Upload> uploads = files.stream().map(f -> new Upload(f.name(), f.contentType(), f.content())).toList();
        problems.addAll(Upload.problemsOf(uploads));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        mailbox.add(request, new ClientMailbox.Written(fromAddress, fromName, MessageRules.defaultSubject(request), body,
                conversation.languageOf(request),
                uploads.stream().map(u -> new ConversationFiles.File(u.name(), u.contentType(), u.content())).toList()));
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
