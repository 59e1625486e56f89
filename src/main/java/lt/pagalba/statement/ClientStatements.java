package lt.pagalba.statement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.StatementId;
import lt.pagalba.shared.Vilnius;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements and the R12 opt-in as a client's own contact person sees them (the client portal):
 * every look-up is made together with the client, so another client's statement is not found. An
 * opt-in or opt-out made here is recorded as any other, with the portal as evidence, and confirmed by
 * an e-mail to the address ({@link StatementEvents.SubscriptionConfirmationRequested}).
 */
@Service
public class ClientStatements {

    private final Statements statements;
    private final ReportSubscriptions subscriptions;
    private final StatementFiles files;
    private final ClientDirectory clients;
    private final ApplicationEventPublisher events;

    ClientStatements(Statements statements, ReportSubscriptions subscriptions, StatementFiles files,
                     ClientDirectory clients, ApplicationEventPublisher events) {
        this.statements = statements;
        this.subscriptions = subscriptions;
        this.files = files;
        this.clients = clients;
        this.events = events;
    }

    /** A statement in the client's list. */
    public record Item(StatementId id, LocalDate from, LocalDate to, OffsetDateTime sentAt, OffsetDateTime createdAt) {
    }

    /** The client's opt-in: where to and how often. */
    public record Subscription(String email, Frequency frequency, OffsetDateTime requestedAt) {
    }

    /** The client's statements, newest first. */
    public List<Item> of(ClientId client) {
        return statements.ofClient(client).stream()
                .map(s -> new Item(s.id(), s.from(), s.to(), s.sentAt(), s.createdAt())).toList();
    }

    /** The stored PDF of the client's statement; another client's is not found. */
    public Optional<byte[]> pdf(ClientId client, StatementId id) {
        return statements.pdf(client, id);
    }

    public String fileName(StatementId id) {
        return files.fileName(id, "pdf");
    }

    public Optional<Subscription> subscription(ClientId client) {
        return subscriptions.current(client).map(s -> new Subscription(s.email(), s.frequency(), s.requestedAt()));
    }

    /** Statements by e-mail to this address, monthly or quarterly, as the contact asked in the portal ({@code evidence}). */
    @Transactional
    public Subscription subscribe(ClientId client, EmailAddress email, Frequency frequency, String evidence, Actor actor) {
        ReportSubscription saved = subscriptions.subscribe(client, new SubscriptionForm.Subscription(email,
                OffsetDateTime.now(Vilnius.ZONE), frequency, evidence), actor);
        confirm(clients.get(client), email.value(), frequency);
        return new Subscription(saved.email(), saved.frequency(), saved.requestedAt());
    }

    /** No more statements by e-mail; the address that had them is told. */
    @Transactional
    public void unsubscribe(ClientId client, String evidence, Actor actor) {
        Optional<ReportSubscription> before = subscriptions.current(client);
        subscriptions.cancel(client, evidence, actor);
        before.ifPresent(b -> confirm(clients.get(client), b.email(), null));
    }

    private void confirm(Client client, String recipient, Frequency frequency) {
        events.publishEvent(new StatementEvents.SubscriptionConfirmationRequested(client.id(), client.name(), recipient,
                client.language(), frequency, UUID.randomUUID().toString()));
    }
}
