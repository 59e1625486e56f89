package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proformas unpaid on a day (issue 17): issued on or before it, neither cancelled nor paid by then
 * (one paid later was still unpaid on that day), with how many days past their due date they were, and
 * their gross by age. A proforma is what the client is asked to pay; its VAT invoice repeats it and is
 * not counted again. The day itself is not overdue: overdue starts the day after the due date.
 */
@Service
public class ReceivablesReport {

    private static final String SQL = """
            SELECT i.id, i.number, i.client_id, cl.name, i.issue_date, i.due_date, i.gross, i.status
            FROM invoice i JOIN client_terms cl ON cl.id = i.client_id
            WHERE i.type = 'PROFORMA' AND i.issue_date <= :on
              AND (i.status IN ('ISSUED', 'SENT') OR i.status = 'PAID' AND i.paid_on > :on)
              AND (CAST(:client AS uuid) IS NULL OR i.client_id = CAST(:client AS uuid))
            ORDER BY i.due_date, i.number
            """;

    /** How long past its due date a proforma is. */
    public enum ReceivablesBucket {
        NOT_DUE(Long.MIN_VALUE, 0), DAYS_1_30(1, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90), OVER_90(91, Long.MAX_VALUE);

        private final long fromDays;
        private final long toDays;

        ReceivablesBucket(long fromDays, long toDays) {
            this.fromDays = fromDays;
            this.toDays = toDays;
        }

        static ReceivablesBucket of(long daysOverdue) {
            return Arrays.stream(values()).filter(b -> daysOverdue >= b.fromDays && daysOverdue <= b.toDays).findFirst()
                    .orElseThrow();
        }
    }

    /** One unpaid proforma; {@code daysOverdue} is 0 while it is not yet due. */
    public record Receivable(String invoiceId, String number, String clientId, String clientName, LocalDate issueDate,
                             LocalDate dueDate, Money gross, long daysOverdue, ReceivablesBucket bucket) {
    }

    /** The proformas and gross of one age. */
    public record ReceivablesAge(ReceivablesBucket bucket, int count, Money gross) {
    }

    /** The answer of {@code GET /api/v1/reports/receivables}: the items by due date (most overdue first), every bucket listed. */
    public record Receivables(LocalDate on, List<Receivable> items, List<ReceivablesAge> buckets, Money totalGross, Money overdueGross) {
    }

    private final JdbcClient jdbc;

    ReceivablesReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day asked for, today (Vilnius) when none; a day outside 1900–2999 is refused, naming {@code on}. */
    public static LocalDate day(LocalDate asked) {
        if (asked == null) {
            return Vilnius.today();
        }
        if (asked.getYear() < 1900 || asked.getYear() > 2999) {
            throw new InvalidInputException(FieldProblem.invalid("on", "report.on.range"));
        }
        return asked;
    }

    @Transactional(readOnly = true)
    public Receivables on(LocalDate on, ClientId client) {
        List<Receivable> items = jdbc.sql(SQL).param("on", on).param("client", client == null ? null : client.value())
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    long overdue = due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, on));
                    return new Receivable(rs.getObject("id", UUID.class).toString(), rs.getString("number"),
                            rs.getObject("client_id", UUID.class).toString(), rs.getString("name"),
                            rs.getObject("issue_date", LocalDate.class), due, new Money(rs.getBigDecimal("gross")), overdue,
                            ReceivablesBucket.of(overdue));
                }).list();
        List<ReceivablesAge> buckets = Arrays.stream(ReceivablesBucket.values()).map(b -> {
            List<Receivable> of = items.stream().filter(i -> i.bucket() == b).toList();
            return new ReceivablesAge(b, of.size(), of.stream().map(Receivable::gross).reduce(Money.ZERO, Money::plus));
        }).toList();
        Money total = items.stream().map(Receivable::gross).reduce(Money.ZERO, Money::plus);
        Money overdue = items.stream().filter(i -> i.daysOverdue() > 0).map(Receivable::gross).reduce(Money.ZERO, Money::plus);
        return new Receivables(on, items, buckets, total, overdue);
    }
}
