package lt.pagalba.statement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.StatementId;
import lt.pagalba.statement.StatementForm.StatementPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements (R11, R12): made for any client and period and always downloadable; e-mailed only to a
 * client that asked for them. Sending is recorded on the statement and announced with
 * {@link StatementEvents.StatementSendRequested} in one transaction, so the event publication
 * registry hands it to the mail outbox exactly once (the outbox keys it by {@code statement:<id>}).
 */
@Service
class StatementDesk {

    private static final Logger log = LoggerFactory.getLogger(StatementDesk.class);

    private final Statements statements;
    private final StatementBuilder builder;
    private final StatementPdf pdf;
    private final ClientDirectory clients;
    private final ReportSubscriptions subscriptions;
    private final Subscriptions subscriptionRows;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    StatementDesk(Statements statements, StatementBuilder builder, StatementPdf pdf, ClientDirectory clients,
                  ReportSubscriptions subscriptions, Subscriptions subscriptionRows, ApplicationEventPublisher events,
                  TransactionTemplate transactions) {
        this.statements = statements;
        this.builder = builder;
        this.pdf = pdf;
        this.clients = clients;
        this.subscriptions = subscriptions;
        this.subscriptionRows = subscriptionRows;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * Makes a statement of the client's journal for the days given; with {@code send} it is e-mailed
     * to the client's subscription address, refused (409) without one.
     */
    @Transactional
    Statement generate(ClientId clientId, StatementPeriod period, boolean send, Actor actor) {
        Client client = clients.get(clientId);
        String recipient = send ? subscriptionAddress(client) : null;
        StatementId id = StatementId.random();
        write(id, client, period, false, actor, recipient);
        return get(id);
    }

    /** Sends a statement made earlier to the client's subscription address; a statement goes out once. */
    @Transactional
    Statement send(StatementId id) {
        Statement statement = get(id);
        if (statement.sentAt() != null) {
            throw new ConflictException("statement.send.already", statement.sentTo());
        }
        Client client = clients.get(statement.clientId());
        String recipient = subscriptionAddress(client);
        if (statements.markSent(id, recipient)) {
            announce(id, statement.clientId(), recipient, statement.language(),
                    new StatementPeriod(statement.from(), statement.to()));
        }
        return get(id);
    }

    Statement get(StatementId id) {
        return statements.find(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
    }

    /** The client's statements, newest first; an unknown client is a 404. */
    List<Statement> ofClient(ClientId client) {
        clients.get(client);
        return statements.ofClient(client);
    }

    /**
     * After a month ends: a statement of it for every MONTH subscriber, and of the quarter for every
     * QUARTER subscriber when the month ends a quarter. Each once per client and period, even when
     * run again or on several instances; a period without requests or work sends nothing.
     * Returns how many were sent.
     */
    int sendAutomatic(YearMonth endedMonth) {
        List<Period> periods = new ArrayList<>(List.of(Period.month(endedMonth)));
        if (endedMonth.getMonthValue() % 3 == 0) {
            periods.add(Period.of(endedMonth.atDay(1), PeriodLength.QUARTER));
        }
        int sent = 0;
        for (Period period : periods) {
            Frequency frequency = period.length() == PeriodLength.MONTH ? Frequency.MONTH : Frequency.QUARTER;
            for (ReportSubscription subscriber : subscriptionRows.withFrequency(frequency)) {
                try {
                    Boolean done = transactions.execute(status -> sendAutomatic(subscriber, period));
                    sent += Boolean.TRUE.equals(done) ? 1 : 0;
                } catch (RuntimeException e) {
                    // one client's failure does not keep the others from their statements; the next run retries it
                    log.error("Automatic statement {} for client {} failed", period, subscriber.clientId(), e);
                }
            }
        }
        return sent;
    }

    private boolean sendAutomatic(ReportSubscription subscriber, Period period) {
        if (statements.automaticExists(subscriber.clientId(), period.from(), period.to())) {
            return false; // made by an earlier run: the unique index would refuse it anyway, this saves the rendering
        }
        return write(StatementId.random(), clients.get(subscriber.clientId()),
                new StatementPeriod(period.from(), period.to()), true, Actor.SYSTEM, subscriber.email());
    }

    private boolean write(StatementId id, Client client, StatementPeriod period, boolean automatic, Actor actor,
                          String recipient) {
        StatementContent content = builder.build(client, period.from(), period.to(), statements.nextNumber());
        if (automatic && content.requests() == 0 && content.entries() == 0) {
            return false;
        }
        ClientId clientId = client.id();
        boolean written = statements.insert(new Statements.NewStatement(id, clientId, content, pdf.render(content),
                automatic, actor.name(), recipient));
        if (written && recipient != null) {
            announce(id, clientId, recipient, content.language(), period);
        }
        return written;
    }

    private void announce(StatementId id, ClientId client, String recipient, String language, StatementPeriod period) {
        events.publishEvent(new StatementEvents.StatementSendRequested(id, client, recipient, language, period.from(),
                period.to()));
    }

    private String subscriptionAddress(Client client) {
        return subscriptions.current(client.id())
                .orElseThrow(() -> new ConflictException("statement.send.noSubscription", client.name())).email();
    }
}
