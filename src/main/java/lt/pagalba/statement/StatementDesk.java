package lt.pagalba.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.Ids;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.Vilnius;
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
public class StatementDesk {

    private static final Logger log = LoggerFactory.getLogger(StatementDesk.class);
    static final int MAX_DAYS = 366;

    private final Statements statements;
    private final StatementBuilder builder;
    private final StatementPdf pdf;
    private final StatementSheets sheets;
    private final ClientDirectory clients;
    private final ReportSubscriptions subscriptions;
    private final Subscriptions subscriptionRows;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    StatementDesk(Statements statements, StatementBuilder builder, StatementPdf pdf, StatementSheets sheets,
                  ClientDirectory clients, ReportSubscriptions subscriptions, Subscriptions subscriptionRows,
                  ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.statements = statements;
        this.builder = builder;
        this.pdf = pdf;
        this.sheets = sheets;
        this.clients = clients;
        this.subscriptions = subscriptions;
        this.subscriptionRows = subscriptionRows;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * Makes a statement of the client's journal between two days (ISO dates, at most a year);
     * with {@code send} it is e-mailed to the client's subscription address, refused (409) without one.
     */
    @Transactional
    public Statement generate(String clientId, String from, String to, boolean send, Actor actor) {
        Client client = clients.get(ClientId.parse(clientId));
        LocalDate[] range = range(from, to);
        String recipient = null;
        if (send) {
            recipient = subscriptions.current(client.id().text())
                    .orElseThrow(() -> new ConflictException("statement.send.noSubscription", client.name())).email();
        }
        UUID id = UUID.randomUUID();
        write(id, client, range[0], range[1], false, actor, recipient);
        return get(id.toString());
    }

    /** Sends a statement made earlier to the client's subscription address; a statement goes out once. */
    @Transactional
    public Statement send(String statementId, Actor actor) {
        Statement statement = get(statementId);
        if (statement.sentAt() != null) {
            throw new ConflictException("statement.send.already", statement.sentTo());
        }
        Client client = clients.get(ClientId.parse(statement.clientId()));
        String recipient = subscriptions.current(client.id().text())
                .orElseThrow(() -> new ConflictException("statement.send.noSubscription", client.name())).email();
        if (statements.markSent(UUID.fromString(statement.id()), recipient)) {
            announce(statement.id(), client, recipient, statement.language(), statement.from(), statement.to());
        }
        return get(statementId);
    }

    public Statement get(String statementId) {
        return Ids.parse(statementId).flatMap(statements::find)
                .orElseThrow(() -> new NotFoundException("statement", statementId));
    }

    public List<Statement> ofClient(String clientId) {
        return statements.ofClient(clients.get(ClientId.parse(clientId)).id().value());
    }

    /** The PDF as it was made (and sent): stored bytes, never re-rendered. */
    public byte[] pdf(String statementId) {
        return statements.pdf(UUID.fromString(get(statementId).id())).orElseThrow();
    }

    public byte[] xlsx(String statementId) {
        return sheets.xlsx(content(statementId));
    }

    public byte[] csv(String statementId) {
        return sheets.csv(content(statementId));
    }

    /** {@code israsas-2026-10-01-2026-10-31.pdf}, or {@code statement-…} in English. */
    public String fileName(String statementId, String extension) {
        Statement s = get(statementId);
        return ("en".equals(s.language()) ? "statement-" : "israsas-") + s.from() + "-" + s.to() + "." + extension;
    }

    /**
     * After a month ends: a statement of it for every MONTH subscriber, and of the quarter for every
     * QUARTER subscriber when the month ends a quarter. Each once per client and period, even when
     * run again or on several instances; a period without requests or work sends nothing.
     * Returns how many were sent.
     */
    public int sendAutomatic(YearMonth endedMonth) {
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
        Client client = clients.get(ClientId.parse(subscriber.clientId()));
        if (statements.automaticExists(client.id().value(), period.from(), period.to())) {
            return false; // made by an earlier run: the unique index would refuse it anyway, this saves the rendering
        }
        return write(UUID.randomUUID(), client, period.from(), period.to(), true, Actor.SYSTEM, subscriber.email());
    }

    private boolean write(UUID id, Client client, LocalDate from, LocalDate to, boolean automatic, Actor actor,
                          String recipient) {
        StatementContent content = builder.build(client, from, to);
        if (automatic && content.requests() == 0 && content.entries() == 0) {
            return false;
        }
        boolean written = statements.insert(id, client.id().value(), content, pdf.render(content), automatic,
                actor.name(), recipient);
        if (written && recipient != null) {
            announce(id.toString(), client, recipient, content.language(), from, to);
        }
        return written;
    }

    private void announce(String id, Client client, String recipient, String language, LocalDate from, LocalDate to) {
        events.publishEvent(new StatementEvents.StatementSendRequested(id, client.id().text(), recipient, language, from, to));
    }

    private static LocalDate[] range(String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                problems.add(FieldProblem.invalid("to", "statement.period.order"));
            } else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
                problems.add(FieldProblem.invalid("to", "statement.period.tooLong", MAX_DAYS));
            } else if (start.isBefore(ReportSubscriptions.EARLIEST.toLocalDate())) {
                problems.add(FieldProblem.invalid("from", "validation.date.tooEarly", ReportSubscriptions.EARLIEST.toLocalDate()));
            } else if (start.isAfter(Vilnius.today())) {
                problems.add(FieldProblem.invalid("from", "statement.period.future"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LocalDate[]{start, end};
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.required(field));
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.invalid(field, "statement.period.date"));
            return null;
        }
    }

    private StatementContent content(String statementId) {
        return statements.content(UUID.fromString(get(statementId).id())).orElseThrow();
    }
}
