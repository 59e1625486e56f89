package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.journal.ConsultationJournal;
import lt.pagalba.journal.WorkDone;
import lt.pagalba.journal.WorkMode;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkEntryId;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of a request: the client's e-mails, the replies staff send and the notes they keep.
 * A reply, its files, its work entry and the request's first contact are written in one transaction,
 * and the e-mail is announced ({@link ReplyQueued}) for the outbox to send once it commits.
 */
@Service
public class Conversation {

    private final Messages messages;
    private final ClientMails clientMails;
    private final Deliveries deliveries;
    private final RequestDesk requests;
    private final ConsultationJournal journal;
    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;
    private final String from;

    Conversation(Messages messages, ClientMails clientMails, Deliveries deliveries, RequestDesk requests,
                 ConsultationJournal journal, ClientDirectory clients, StaffDirectory staff, ApplicationEventPublisher events,
                 @Value("${pagalba.mail.from}") String from) {
        this.messages = messages;
        this.clientMails = clientMails;
        this.deliveries = deliveries;
        this.requests = requests;
        this.journal = journal;
        this.clients = clients;
        this.staff = staff;
        this.events = events;
        this.from = from;
    }

    /** Every message of the request, oldest first: the client's e-mails, replies with their delivery, notes. */
    public List<MessageView> messages(RequestId id) {
        requests.get(id); // an unknown request is a 404, not an empty conversation
        List<Message> own = messages.ofRequest(id);
        Map<MessageId, Delivery> delivered = deliveries.of(own.stream().filter(Message::isReply).map(Message::id).toList());
        List<MessageView> all = new ArrayList<>();
        clientMails.of(id).forEach(mail -> all.add(MessageView.of(mail, from)));
        own.forEach(m -> all.add(MessageView.of(m, m.isReply() ? delivered.getOrDefault(m.id(), Delivery.WAITING) : null)));
        all.sort(Comparator.comparing(MessageView::createdAt));
        return all;
    }

    /**
     * Writes a reply or a note. A reply goes to the request's contact unless addressed otherwise, under
     * the request's number, threaded to its last e-mail; it records the first contact, and with
     * {@code workEntry} logs the time (mode EMAIL, today, the author): a refusal by the journal undoes it all.
     */
    @Transactional
    MessageView post(RequestId id, MessageForm form, List<Upload> files, Actor actor) {
        RequestView request = requests.get(id);
        Writers.require(request, actor);
        Draft draft = MessageRules.draft(form, files, request);
        OffsetDateTime now = OffsetDateTime.now(Vilnius.ZONE).truncatedTo(ChronoUnit.MICROS);
        MessageId messageId = MessageId.random();
        if (draft.isReply()) {
            // the request first (it locks the row), before the message's and the entry's rows take a shared lock on
            // it through their foreign keys: two replies at once would each hold that and wait for the other
            requests.recordFirstContact(id, now, actor);
        }
        WorkEntryId entry = draft.work().map(work -> journal.log(id, new WorkDone(actor.name(), now.toLocalDate(),
                work.minutes(), WorkMode.EMAIL, work.category(), work.description(), null, null), actor).id()).orElse(null);
        Threading thread = draft.isReply() ? threadOf(id) : Threading.NONE;
        Message written = messages.insert(new Message(messageId, id, draft.kind(), actor.name(), now,
                draft.isReply() ? from : null, texts(draft.to()), texts(draft.cc()), draft.subject(), draft.body(),
                draft.isReply() ? "<" + messageId + "@" + domain() + ">" : null, thread.inReplyTo(), thread.references(),
                entry, List.of()), files);
        if (draft.isReply()) {
            events.publishEvent(new ReplyQueued(messageId, id, request.number(), written.to(), written.cc(), written.subject(),
                    written.body(), ReplyBody.html(written.body()), nameOf(actor.name()), languageOf(request),
                    written.messageId(), thread.inReplyTo(), thread.references(), !files.isEmpty()));
        }
        return MessageView.of(written, draft.isReply() ? Delivery.WAITING : null);
    }

    /** Sends a sent or failed reply again, from the request it is on. */
    @Transactional
    void resend(RequestId id, MessageId messageId, Actor actor) {
        RequestView request = requests.get(id);
        Writers.require(request, actor);
        messages.find(messageId).filter(m -> m.requestId().equals(id) && m.isReply())
                .orElseThrow(() -> new NotFoundException(messageId.subject(), messageId.text()));
        deliveries.resend(messageId);
    }

    /** The language the client reads: its client record's, Lithuanian while the request has no client. */
    String languageOf(RequestView request) {
        return request.client() == null ? "lt"
                : clients.find(request.client().id()).map(Client::language).orElse("lt");
    }

    String nameOf(String username) {
        return staff.find(username).map(StaffMember::fullName).orElse(username);
    }

    private Threading threadOf(RequestId id) {
        List<Threading.Mail> mails = new ArrayList<>();
        clientMails.of(id).forEach(mail -> mails.add(new Threading.Mail(mail.messageId(), mail.receivedAt())));
        messages.ofRequest(id).stream().filter(Message::isReply)
                .forEach(m -> mails.add(new Threading.Mail(m.messageId(), m.createdAt())));
        return Threading.of(mails);
    }

    private String domain() {
        return from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "pagalba.local";
    }

    private static List<String> texts(List<EmailAddress> addresses) {
        return addresses.stream().map(EmailAddress::value).toList();
    }
}
