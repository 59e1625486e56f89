package lt.pagalba.statement;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.TypedId;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R12: who asked for statements by e-mail, when, how often and on what evidence. Opting in again
 * changes the subscription; opting out ends it. Every step is kept in the history and the audit trail.
 */
@Service
public class ReportSubscriptions {

    static final int MAX_EVIDENCE = 4000;
    /** The earliest opt-in (and statement day) Pagalba accepts. */
    static final OffsetDateTime EARLIEST = java.time.LocalDate.of(2000, 1, 1).atStartOfDay(Vilnius.ZONE).toOffsetDateTime();
    // an RFC 5322 Message-ID inside angle brackets, as a mail client shows it: {@code email <abc@x.lt>}
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s@]+@[^<>\\s@]+)>");

    private final Subscriptions subscriptions;
    private final ClientDirectory clients;
    private final AuditTrail audit;

    ReportSubscriptions(Subscriptions subscriptions, ClientDirectory clients, AuditTrail audit) {
        this.subscriptions = subscriptions;
        this.clients = clients;
        this.audit = audit;
    }

    public Optional<ReportSubscription> current(String clientId) {
        return TypedId.tryParse(ClientId.class, clientId).flatMap(clients::find).flatMap(c -> subscriptions.find(c.id().value()));
    }

    /** Opt-ins, changes and opt-outs, newest first. */
    public List<SubscriptionChange> history(String clientId) {
        return subscriptions.history(clients.get(ClientId.parse(clientId)).id().value());
    }

    /** Records (or changes) the opt-in of a client, from the API or the client page. */
    @Transactional
    public ReportSubscription subscribe(String clientId, SubscriptionForm form, Actor actor) {
        UUID client = clients.get(ClientId.parse(clientId)).id().value();
        List<FieldProblem> problems = new ArrayList<>();
        String email = checkEmail(form.email(), problems);
        OffsetDateTime requestedAt = checkRequestedAt(form.requestedAt(), problems);
        Frequency frequency = checkFrequency(form.frequency(), problems);
        String evidence = form.evidence() == null || form.evidence().isBlank() ? null : form.evidence().strip();
        if (evidence == null) {
            problems.add(FieldProblem.required("evidence"));
        } else if (evidence.length() > MAX_EVIDENCE) {
            problems.add(new FieldProblem("evidence", "too_long", "validation.tooLong", MAX_EVIDENCE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return save(client, email, frequency, requestedAt, messageIdIn(evidence), evidence, actor);
    }

    /**
     * Records the opt-in the client sent by e-mail, with one click from that inbound message: its
     * Message-ID (with or without angle brackets) is the evidence. Asked when it is recorded.
     */
    @Transactional
    public ReportSubscription recordFromEmail(String clientId, String email, String messageId, Frequency frequency,
                                              Actor actor) {
        return recordFromEmail(clientId, email, messageId, frequency, null, actor);
    }

    /** As above, with the frequency as the API gives it (absent: on request), checked with the other fields. */
    @Transactional
    ReportSubscription recordFromEmail(String clientId, String email, String messageId, String frequency, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Frequency parsed = frequency == null ? Frequency.ON_REQUEST : checkFrequency(frequency, problems);
        return recordFromEmail(clientId, email, messageId, parsed, null, actor, problems);
    }

    /** As above, with the time the e-mail arrived (null: now). */
    @Transactional
    public ReportSubscription recordFromEmail(String clientId, String email, String messageId, Frequency frequency,
                                              OffsetDateTime receivedAt, Actor actor) {
        return recordFromEmail(clientId, email, messageId, frequency, receivedAt, actor, new ArrayList<>());
    }

    private ReportSubscription recordFromEmail(String clientId, String email, String messageId, Frequency frequency,
                                               OffsetDateTime receivedAt, Actor actor, List<FieldProblem> problems) {
        UUID client = clients.get(ClientId.parse(clientId)).id().value();
        String address = checkEmail(email, problems);
        String id = messageId == null || messageId.isBlank() ? null : messageId.strip();
        if (id == null) {
            problems.add(FieldProblem.required("messageId"));
        } else {
            id = id.startsWith("<") ? id : "<" + id + ">";
            if (!MESSAGE_ID.matcher(id).matches() || id.length() > 998) {
                problems.add(FieldProblem.invalid("messageId", "statement.subscription.messageId"));
            }
        }
        if (frequency == null && problems.stream().noneMatch(p -> p.field().equals("frequency"))) {
            problems.add(FieldProblem.required("frequency"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return save(client, address, frequency, receivedAt == null ? OffsetDateTime.now(Vilnius.ZONE) : receivedAt,
                id, "email " + id, actor);
    }

    /** Ends the opt-in (the client asked to stop); the evidence of that is optional. */
    @Transactional
    public void cancel(String clientId, String evidence, Actor actor) {
        UUID client = clients.get(ClientId.parse(clientId)).id().value();
        ReportSubscription before = subscriptions.findForUpdate(client)
                .orElseThrow(() -> new ConflictException("statement.subscription.none"));
        String text = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if (text != null && text.length() > MAX_EVIDENCE) {
            throw new InvalidInputException(new FieldProblem("evidence", "too_long", "validation.tooLong", MAX_EVIDENCE));
        }
        subscriptions.delete(client);
        subscriptions.addHistory(client, "CANCELLED", null, null, null, messageIdIn(text), text, actor.name());
        audit.record("REPORT_SUBSCRIPTION", client, client, "CANCELLED", before, null);
    }

    private ReportSubscription save(UUID client, String email, Frequency frequency, OffsetDateTime requestedAt,
                                    String messageId, String evidence, Actor actor) {
        Optional<ReportSubscription> before = subscriptions.findForUpdate(client);
        subscriptions.upsert(client, email, frequency, requestedAt, messageId, evidence, actor.name());
        subscriptions.addHistory(client, before.isPresent() ? "CHANGED" : "SUBSCRIBED", email, frequency, requestedAt,
                messageId, evidence, actor.name());
        ReportSubscription after = subscriptions.find(client).orElseThrow();
        audit.record("REPORT_SUBSCRIPTION", client, client, before.isPresent() ? "UPDATED" : "SUBSCRIBED",
                before.orElse(null), after);
        return after;
    }

    /** The Message-ID cited in evidence text ({@code email <abc@x.lt>}), with its brackets; null when none. */
    static String messageIdIn(String evidence) {
        if (evidence == null) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(evidence);
        return m.find() && m.group().length() <= 998 ? m.group() : null;
    }

    private static String checkEmail(String email, List<FieldProblem> problems) {
        if (email == null || email.isBlank()) {
            problems.add(FieldProblem.required("email"));
            return null;
        }
        if (!EmailAddress.isValid(email)) {
            problems.add(FieldProblem.invalid("email", "ValidEmail"));
            return null;
        }
        return email.trim();
    }

    private static OffsetDateTime checkRequestedAt(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.required("requestedAt"));
            return null;
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            try {
                // a datetime-local field of the page: Vilnius time
                at = LocalDateTime.parse(text.trim()).atZone(Vilnius.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                problems.add(FieldProblem.invalid("requestedAt", "statement.subscription.requestedAt.invalid"));
                return null;
            }
        }
        if (at.isBefore(EARLIEST)) {
            // nothing was asked before then, and the database cannot keep every year Java can parse
            problems.add(FieldProblem.invalid("requestedAt", "validation.date.tooEarly", EARLIEST.toLocalDate()));
            return null;
        }
        if (at.isAfter(OffsetDateTime.now().plusMinutes(5))) {
            problems.add(FieldProblem.invalid("requestedAt", "statement.subscription.requestedAtFuture"));
            return null;
        }
        return at;
    }

    static Frequency checkFrequency(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.required("frequency"));
            return null;
        }
        try {
            return Frequency.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.invalid("frequency", "statement.subscription.frequency.invalid"));
            return null;
        }
    }
}
