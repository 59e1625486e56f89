package lt.pagalba.statement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R12: who asked for statements by e-mail, when, how often and on what evidence. Opting in again
 * changes the subscription; opting out ends it. Every step is kept in the history and the audit trail.
 * The forms are checked before they come here; an unknown client is a 404.
 */
@Service
class ReportSubscriptions {

    // an RFC 5322 Message-ID inside angle brackets, as a mail client shows it: {@code email <abc@x.lt>}
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s@]+@[^<>\\s@]+)>");
    private static final int MAX_MESSAGE_ID = 998;

    private final Subscriptions subscriptions;
    private final ClientDirectory clients;
    private final AuditTrail audit;

    ReportSubscriptions(Subscriptions subscriptions, ClientDirectory clients, AuditTrail audit) {
        this.subscriptions = subscriptions;
        this.clients = clients;
        this.audit = audit;
    }

    /** The client's opt-in; none for an unknown client too. */
    Optional<ReportSubscription> current(ClientId client) {
        return clients.find(client).flatMap(c -> subscriptions.find(client));
    }

    /** Opt-ins, changes and opt-outs, newest first. */
    List<SubscriptionChange> history(ClientId client) {
        return subscriptions.history(known(client));
    }

    /** Records (or changes) the opt-in of a client, from the API or the client page. */
    @Transactional
    ReportSubscription subscribe(ClientId client, SubscriptionForm.Subscription opt, Actor actor) {
        return save(known(client), opt.email(), opt.frequency(), opt.requestedAt(), messageIdIn(opt.evidence()),
                opt.evidence(), actor);
    }

    /** Records the opt-in the client sent by e-mail: its Message-ID is the evidence; asked when it is recorded. */
    @Transactional
    ReportSubscription recordFromEmail(ClientId client, OptInEmail.EmailOptIn opt, Actor actor) {
        return save(known(client), opt.email(), opt.frequency(), OffsetDateTime.now(Vilnius.ZONE), opt.messageId(),
                "email " + opt.messageId(), actor);
    }

    /** Ends the opt-in (the client asked to stop); the evidence of that is optional. */
    @Transactional
    void cancel(ClientId client, String evidence, Actor actor) {
        ReportSubscription before = subscriptions.findForUpdate(known(client))
                .orElseThrow(() -> new ConflictException("statement.subscription.none"));
        subscriptions.delete(client);
        subscriptions.addHistory(client, new Subscriptions.Change("CANCELLED", null, null, null, messageIdIn(evidence),
                evidence, actor.name()));
        audit.record("REPORT_SUBSCRIPTION", client, client, "CANCELLED", before, null);
    }

    private ReportSubscription save(ClientId client, EmailAddress email, Frequency frequency, OffsetDateTime requestedAt,
                                    String messageId, String evidence, Actor actor) {
        Optional<ReportSubscription> before = subscriptions.findForUpdate(client);
        Subscriptions.Change change = new Subscriptions.Change(before.isPresent() ? "CHANGED" : "SUBSCRIBED",
                email.value(), frequency, requestedAt, messageId, evidence, actor.name());
        subscriptions.upsert(client, change);
        subscriptions.addHistory(client, change);
        ReportSubscription after = subscriptions.find(client).orElseThrow();
        audit.record("REPORT_SUBSCRIPTION", client, client, before.isPresent() ? "UPDATED" : "SUBSCRIBED",
                before.orElse(null), after);
        return after;
    }

    /** The client, known to the client module (else a 404). */
    private ClientId known(ClientId client) {
        clients.get(client);
        return client;
    }

    /** The Message-ID cited in evidence text ({@code email <abc@x.lt>}), with its brackets; null when none. */
    static String messageIdIn(String evidence) {
        if (evidence == null) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(evidence);
        return m.find() && m.group().length() <= MAX_MESSAGE_ID ? m.group() : null;
    }
}
