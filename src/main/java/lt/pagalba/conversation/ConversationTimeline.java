package lt.pagalba.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.request.TimelineEvent;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A request's timeline and its conversation as one list, oldest first (the newest beside the reply
 * box): the request's own entries, the client's e-mails (read from the inbox, in place of the entries
 * it adds for them), replies, notes and calls; staff named by their names, one read of each source.
 */
@Component
class ConversationTimeline {

    /** Entries the conversation shows itself, or that say what its own entries say. */
    private static final Set<String> SHOWN_OTHERWISE = Set.of("EMAIL_RECEIVED", "FIRST_CONTACT");

    private final RequestDesk requests;
    private final Messages messages;
    private final Calls calls;
    private final ClientMails clientMails;
    private final Deliveries deliveries;
    private final StaffDirectory staff;
    private final MessageSource texts;

    ConversationTimeline(RequestDesk requests, Messages messages, Calls calls, ClientMails clientMails, Deliveries deliveries,
                         StaffDirectory staff, MessageSource texts) {
        this.requests = requests;
        this.messages = messages;
        this.calls = calls;
        this.clientMails = clientMails;
        this.deliveries = deliveries;
        this.staff = staff;
        this.texts = texts;
    }

    List<ConversationEntry> of(RequestView request) {
        Map<String, String> names = new HashMap<>();
        staff.all().forEach(member -> names.put(member.username(), fullName(member)));
        List<TimelineEvent> events = requests.timeline(request.id());
        Map<String, Integer> refused = new HashMap<>();
        List<ConversationEntry> entries = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (e.kind().equals("EMAIL_RECEIVED") && e.detail("inboundId") != null && e.detail("refused") instanceof Number n) {
                refused.put(e.detail("inboundId").toString(), n.intValue());
            }
            if (!SHOWN_OTHERWISE.contains(e.kind())) {
                Object consultant = e.detail("consultant");
                entries.add(new ConversationEntry.Event(e, who(e.actor(), names),
                        consultant == null ? null : names.getOrDefault(consultant.toString(), consultant.toString())));
            }
        }
        for (ClientMail mail : clientMails.of(request.id())) {
            String sender = mail.fromName() == null || mail.fromName().isBlank() ? mail.fromAddress() : mail.fromName();
            entries.add(new ConversationEntry.Email(mail, sender, refused.getOrDefault(mail.id().text(), 0)));
        }
        List<Message> written = messages.ofRequest(request.id());
        Map<MessageId, Delivery> delivered = deliveries.of(written.stream().filter(Message::isReply).map(Message::id).toList());
        for (Message m : written) {
            entries.add(new ConversationEntry.Written(m, who(m.author(), names),
                    m.isReply() ? delivered.getOrDefault(m.id(), Delivery.WAITING) : null));
        }
        calls.ofRequest(request.id()).forEach(call -> entries.add(new ConversationEntry.Call(call, who(call.author(), names))));
        entries.sort(Comparator.comparing(ConversationEntry::at)); // stable: at one instant, the request's entries first
        return entries;
    }

    /** A staff member's name; Pagalba itself (the mailbox, the web form, the system) and the client on the portal by what they are. */
    private String who(String actor, Map<String, String> names) {
        String name = names.get(actor);
        if (name != null) {
            return name;
        }
        String key = switch (actor) {
            case "mail" -> "conversation.actor.mail";
            case "web-form" -> "conversation.actor.webForm";
            case "system" -> "conversation.actor.system";
            default -> actor.startsWith("portal:") ? "conversation.actor.portal" : null; // a contact, by id
        };
        return key == null ? actor : texts.getMessage(key, null, actor, LocaleContextHolder.getLocale());
    }

    private static String fullName(StaffMember member) {
        return member.fullName().isBlank() ? member.username() : member.fullName();
    }
}
