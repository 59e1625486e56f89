package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.staff.Dashboard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accountant's home: the proformas nobody has paid (overdue first), the ones whose VAT invoices are
 * due by the coming 10th (R17: unpaid proformas of the months before get theirs by then), and the last
 * billing run with the clients it skipped for want of a rate.
 */
@Component
class AccountantHome implements PageSection<Dashboard> {

    private static final int VAT_INVOICE_DAY = 10;

    private final JdbcClient jdbc;
    private final ClientDirectory clients;

    AccountantHome(JdbcClient jdbc, ClientDirectory clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /** An unpaid proforma as the home lists it. */
    record Unpaid(InvoiceId id, String number, String buyer, Money gross, LocalDate dueDate, boolean overdue) {
    }

    /** The last billing run: its month, when it finished (null while it runs), who ran it, whom it skipped. */
    record LastRun(String period, OffsetDateTime finishedAt, String startedBy, List<String> skipped) {
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public String template() {
        return "billing/dashboard-section";
    }

    @Override
    public Optional<Map<String, Object>> model(Dashboard dashboard) {
        if (!dashboard.viewer().hasRole(Role.ACCOUNTANT)) {
            return Optional.empty();
        }
        LocalDate today = Vilnius.today();
        LocalDate deadline = today.getDayOfMonth() <= VAT_INVOICE_DAY ? today.withDayOfMonth(VAT_INVOICE_DAY)
                : today.plusMonths(1).withDayOfMonth(VAT_INVOICE_DAY);
        List<Unpaid> unpaid = jdbc.sql("""
                SELECT i.id, i.number, i.buyer ->> 'name' AS buyer, i.gross, i.due_date FROM invoice i
                 WHERE i.type = 'PROFORMA' AND i.status IN ('ISSUED', 'SENT')
                 ORDER BY i.due_date NULLS LAST, i.number LIMIT 20
                """).query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new Unpaid(InvoiceId.parse(rs.getString("id")), rs.getString("number"), rs.getString("buyer"),
                            new Money(rs.getBigDecimal("gross")), due, due != null && due.isBefore(today));
                }).list();
        Map<String, Object> totals = jdbc.sql("""
                SELECT count(*) FILTER (WHERE status IN ('ISSUED', 'SENT')) AS unpaid,
                       count(*) FILTER (WHERE status IN ('ISSUED', 'SENT') AND due_date < :today) AS overdue,
                       count(*) FILTER (WHERE status IN ('ISSUED', 'SENT') AND issue_date < :month
                           AND NOT EXISTS (SELECT 1 FROM invoice v WHERE v.based_on = i.id AND v.type = 'VAT_INVOICE')) AS vat_due
                  FROM invoice i WHERE i.type = 'PROFORMA'
                """).param("today", today).param("month", deadline.withDayOfMonth(1)).query().singleRow();
        return Optional.of(Map.of("unpaid", unpaid, "unpaidCount", totals.get("unpaid"), "overdueCount", totals.get("overdue"),
                "vatDueCount", totals.get("vat_due"), "vatDeadline", deadline, "lastRun", lastRun()));
    }

    private Optional<LastRun> lastRun() {
        return jdbc.sql("SELECT period, finished_at, started_by FROM billing_run ORDER BY started_at DESC LIMIT 1")
                .query((rs, n) -> new LastRun(rs.getString("period"), rs.getObject("finished_at", OffsetDateTime.class),
                        rs.getString("started_by"), skipped(rs.getString("period"))))
                .optional();
    }

    private List<String> skipped(String period) {
        List<ClientId> ids = jdbc.sql("SELECT client_id FROM billing_run_skipped WHERE period = :p").param("p", period)
                .query((rs, n) -> ClientId.parse(rs.getString("client_id"))).list();
        return clients.getAll(ids).values().stream().map(Client::name).sorted().toList();
    }
}
