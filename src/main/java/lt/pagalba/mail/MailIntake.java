package lt.pagalba.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestIntake;
import lt.pagalba.request.RequestRegistration;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.request.RequiredInformation;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns incoming e-mails into requests (R1–R3, R6). Each message is stored under its key (the
 * Message-ID, or a hash) in the same transaction as the request it makes or joins and the
 * automatic reply it queues: a message read twice, by a second poller or after a crash before the
 * mailbox was told, finds its key taken and does nothing. Messages are written many to a
 * transaction; when that fails they are written one by one, and one that still fails goes to the
 * quarantine, so it never stops the others.
 */
@Service
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    static final Actor MAIL = new Actor("mail", Set.of());
    static final int PER_TRANSACTION = 100;
    private static final Pattern NUMBER = Pattern.compile("\\[(\\d{4}-\\d{6})]");
    private static final Pattern REPLY_PREFIX = Pattern.compile("^(?i)((re|fw|fwd|aw|sv|ats|pers|atsakymas)\\s*:\\s*)+");

    /** What became of one message. */
    public record Outcome(String status, String requestId, String reason) {
    }

    private final InboundMessages inbound;
    private final RequestIntake intake;
    private final RequiredInformation required;
    private final RequestDesk desk;
    private final ClientDirectory clients;
    private final AutoReplies replies;
    private final TransactionTemplate transactions;
    private final String ownAddress;
    private final long maxMessageBytes;

    MailIntake(InboundMessages inbound, RequestIntake intake, RequiredInformation required, RequestDesk desk, ClientDirectory clients,
               AutoReplies replies, TransactionTemplate transactions, @Value("${pagalba.mail.from}") String ownAddress,
               InboundMailSettings settings) {
        this.inbound = inbound;
        this.intake = intake;
        this.required = required;
        this.desk = desk;
        this.clients = clients;
        this.replies = replies;
        this.transactions = transactions;
        this.ownAddress = ownAddress.trim().toLowerCase(Locale.ROOT);
        this.maxMessageBytes = settings.maxMessageBytes();
    }

    private record Item(int index, byte[] raw, ParsedMail mail) {
    }

    /**
     * Processes raw messages as read from the mailbox; every one is stored, registered, joined,
     * ignored or quarantined. At most {@link #PER_TRANSACTION} share a transaction, so the year's
     * request counter is never held long.
     */
    public List<Outcome> receive(List<byte[]> raws) {
        List<Outcome> outcomes = new ArrayList<>(raws.size());
        for (int from = 0; from < raws.size(); from += PER_TRANSACTION) {
            outcomes.addAll(receiveTogether(raws.subList(from, Math.min(raws.size(), from + PER_TRANSACTION))));
        }
        return outcomes;
    }

    private List<Outcome> receiveTogether(List<byte[]> raws) {
        Outcome[] outcomes = new Outcome[raws.size()];
        List<Item> parsed = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            byte[] raw = raws.get(i);
            try {
                parsed.add(new Item(i, raw, MailParser.parse(raw, ownAddress)));
            } catch (Exception | StackOverflowError broken) {
                outcomes[i] = quarantine(raw, null, "MIME: " + describe(broken));
            }
        }
        // the same order in every poller, so two of them wait for each other instead of deadlocking
        parsed.sort(Comparator.comparing(item -> item.mail().messageKey()));
        try {
            List<Outcome> written = transactions.execute(status -> parsed.stream().map(item -> process(item, null)).toList());
            for (int i = 0; i < parsed.size(); i++) {
                outcomes[parsed.get(i).index()] = written.get(i);
            }
        } catch (RuntimeException batchFailed) {
            if (parsed.size() > 1) {
                log.warn("A batch of {} mails failed ({}); processing them one by one", parsed.size(), batchFailed.toString());
            }
            for (Item item : parsed) {
                try {
                    outcomes[item.index()] = transactions.execute(status -> process(item, null));
                } catch (RuntimeException e) {
                    log.warn("Mail {} quarantined", item.mail().messageKey(), e);
                    outcomes[item.index()] = quarantine(item.raw(), item.mail(), describe(e));
                }
            }
        }
        return List.of(outcomes);
    }

    /** Processes a quarantined message again (the administrator's retry). */
    public Outcome retry(String inboundId) {
        UUID id = lt.pagalba.shared.Ids.parse(inboundId).orElseThrow(() -> new NotFoundException("inbound-mail", inboundId));
        byte[] raw = inbound.raw(id).orElseThrow(() -> new NotFoundException("inbound-mail", inboundId));
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw, ownAddress);
        } catch (Exception | StackOverflowError broken) {
            return quarantine(raw, null, "MIME: " + describe(broken));
        }
        try {
            return transactions.execute(status -> process(new Item(0, raw, mail), id));
        } catch (RuntimeException e) {
            log.warn("Retry of mail {} failed", inboundId, e);
            return quarantine(raw, mail, describe(e));
        }
    }

    private Outcome quarantine(byte[] raw, ParsedMail mail, String reason) {
        String key = mail != null ? mail.messageKey() : MailParser.keyOf(raw);
        String[] about = mail != null ? new String[]{mail.fromAddress(), mail.subject()} : MailParser.senderAndSubject(raw);
        inbound.quarantine(key, raw, about[0], about[1], reason);
        return new Outcome("QUARANTINED", null, reason);
    }

    private Outcome process(Item item, UUID quarantined) {
        ParsedMail mail = item.mail();
        byte[] raw = item.raw();
        boolean tooLarge = raw.length > maxMessageBytes;
        UUID id = quarantined != null ? quarantined : UUID.randomUUID();
        boolean claimed = quarantined != null ? inbound.reclaim(id, mail) : inbound.claim(id, mail, raw, !tooLarge);
        if (!claimed) {
            return new Outcome("DUPLICATE", null, null);
        }
        Optional<RequestView> joined = joins(mail);
        if (joined.isPresent()) {
            return join(id, mail, joined.get(), tooLarge);
        }
        if (mail.isAutoGenerated()) {
            inbound.finish(id, "IGNORED", mail.autoGenerated(), null);
            return new Outcome("IGNORED", null, mail.autoGenerated());
        }
        RequestView request = intake.registerIncomplete(required.asGiven(registration(mail)), MAIL);
        addToTimeline(id, mail, request, tooLarge, true);
        answer(id, mail, request, tooLarge, true);
        inbound.finish(id, "REGISTERED", null, request.id().text());
        return new Outcome("REGISTERED", request.id().text(), null);
    }

    /** The request a reply belongs to: its number in the subject, or a mail it answers. */
    private Optional<RequestView> joins(ParsedMail mail) {
        Matcher number = NUMBER.matcher(mail.subject());
        while (number.find()) {
            Optional<RequestView> byNumber = desk.findByNumber(number.group(1));
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        return inbound.requestCitedBy(mail.answers()).map(cited -> desk.get(RequestId.parse(cited)));
    }

    /**
     * Adds the reply to the request; a request waiting for information is completed with what the
     * reply supplies, but only from the address the request came from (anyone can write a number
     * into a subject).
     */
    private Outcome join(UUID id, ParsedMail mail, RequestView request, boolean tooLarge) {
        addToTimeline(id, mail, request, tooLarge, false);
        boolean fromRequester = request.contact().hasEmail(mail.fromAddress());
        RequestView now = request;
        if (request.status() == RequestStatus.AWAITING_INFORMATION && !mail.isAutoGenerated() && fromRequester) {
            now = intake.complete(request.id(), SuppliedItems.from(mail.text(), mail.fromName(), mail.fromAddress()), MAIL);
        }
        answer(id, mail, now, tooLarge, fromRequester);
        inbound.finish(id, "JOINED", mail.isAutoGenerated() ? mail.autoGenerated() : null, request.id().text());
        return new Outcome("JOINED", request.id().text(), null);
    }

    /** The automatic replies a mail gets; only the requester is asked for what is missing (only they can supply it). */
    private void answer(UUID id, ParsedMail mail, RequestView request, boolean tooLarge, boolean fromRequester) {
        if (mail.isAutoGenerated() || !EmailAddress.isValid(mail.fromAddress())) {
            return;
        }
        Locale locale = Locale.forLanguageTag(mail.language());
        if (request.status() == RequestStatus.AWAITING_INFORMATION && fromRequester) {
            replies.missingItems(id, mail, request, locale);
        }
        if (tooLarge) {
            replies.tooLarge(id, mail, request, locale, maxMessageBytes);
        }
    }

    private void addToTimeline(UUID id, ParsedMail mail, RequestView request, boolean tooLarge, boolean first) {
        List<Map<String, Object>> files = new ArrayList<>();
        if (!tooLarge) {
            for (InboundMessages.StoredFile f : inbound.addFiles(id, mail.files())) {
                files.add(Map.of("id", f.id(), "name", f.fileName(), "size", f.size()));
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("inboundId", id.toString());
        details.put("from", mail.fromAddress() == null ? "" : mail.fromAddress());
        details.put("subject", mail.subject());
        if (mail.messageId() != null) {
            details.put("messageId", mail.messageId()); // R12: evidence when the mail asks for reports
        }
        details.put("text", first ? "" : mail.text());
        details.put("attachments", files);
        details.put("refused", tooLarge ? mail.files().size() : 0);
        desk.addToTimeline(request.id(), MAIL, "EMAIL_RECEIVED", details);
    }

    /** A new request from the mail: a known contact's data fills in what R2 requires. */
    private RequestRegistration registration(ParsedMail mail) {
        RequestRegistration supplied = SuppliedItems.from(mail.text(), mail.fromName(), mail.fromAddress());
        RequestRegistration.Contact given = supplied.contact();
        String summary = withoutReplyPrefix(mail.subject());
        if (summary.isEmpty()) {
            summary = supplied.summary();
        }
        List<Contact> known = clients.contactsByEmail(mail.fromAddress());
        // one client knows the sender: that is the company; several: which one is the sender's to say
        boolean oneClient = !known.isEmpty() && known.stream().map(Contact::clientId).distinct().count() == 1;
        Contact contact = known.isEmpty() ? null : known.get(0);
        Client client = oneClient ? clients.get(contact.clientId()) : null;
        RequestRegistration.Contact person = contact == null ? given : new RequestRegistration.Contact(
                contact.firstName(), contact.lastName(), first(contact.position(), given.position()),
                first(contact.phone(), given.phone()), contact.email());
        return new RequestRegistration(Channel.EMAIL, client != null ? client.name() : supplied.companyName(),
                client != null ? client.id() : null, person, summary, mail.text(), oneClient && mail.urgent(), null, null);
    }

    /** {@code Re: Fwd: Neveikia} is about {@code Neveikia}; a request number in brackets is not part of it either. */
    static String withoutReplyPrefix(String subject) {
        return NUMBER.matcher(REPLY_PREFIX.matcher(subject.strip()).replaceFirst("")).replaceAll("").strip();
    }

    private static String first(String kept, String supplied) {
        return kept == null || kept.isBlank() ? supplied : kept;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
