package lt.pagalba.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What invoices already billed and what is left to take back, read set-based: what a run needs for
 * B5, and what crediting a VAT invoice's lines needs to take back no more than is left.
 */
@Repository
class InvoiceLedger {

    private final JdbcClient jdbc;

    InvoiceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Minutes already billed per client, period and category (B5), of the periods a run plans, read once
     * for the whole run: by live proformas, less what credit notes of corrections took back. A run bills
     * each client once, so its own lines never change another's answer. Only those periods' lines are summed
     * (issue 18: every line ever billed was, 40-70 ms of a run with two months behind it, more every month).
     * No index on the period: one cost a run's writing of its lines more than the scan it saves.
     */
    BilledMinutes billedMinutes(Collection<Period> periods) {
        return billedMinutes("l.period = ANY (CAST(:periods AS text[]))", "periods",
                periods.stream().map(Period::text).distinct().toArray(String[]::new));
    }

    /** The same for one client (a price so far), without reading every client's. */
    BilledMinutes billedMinutes(ClientId client) {
        return billedMinutes("i.client_id = :client", "client", client.value());
    }

    private BilledMinutes billedMinutes(String which, String parameter, Object value) {
        BilledMinutes billed = new BilledMinutes();
        jdbc.sql("""
                SELECT i.client_id, l.period, l.category, sum(l.minutes) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
                WHERE %s AND (i.type = 'PROFORMA' AND i.status <> 'CANCELLED'
                   OR i.type = 'CREDIT_NOTE' AND i.credit_origin = 'CORRECTION')
                GROUP BY i.client_id, l.period, l.category
                """.formatted(which)).param(parameter, value).query(rs -> {
            billed.add(new BilledMinutes.Key(new ClientId(rs.getObject(1, UUID.class)), Period.parse(rs.getString(2)),
                    WorkCategory.valueOf(rs.getString(3))), rs.getInt(4));
        });
        return billed;
    }

    /** What is left on each line of a VAT invoice that was credited at all, by line id. */
    Map<String, CreditLeft> creditLeft(InvoiceId vatInvoice) {
        Map<String, CreditLeft> left = new HashMap<>();
        jdbc.sql("""
                SELECT v.id, v.minutes + coalesce(sum(c.minutes), 0), v.amount + coalesce(sum(c.amount), 0)
                FROM invoice_line v JOIN invoice_line c ON c.credits = v.id
                WHERE v.invoice_id = :invoice GROUP BY v.id, v.minutes, v.amount
                """).param("invoice", vatInvoice.value())
                .query(rs -> {
                    left.put(rs.getString(1), new CreditLeft(rs.getInt(2), new Money(rs.getBigDecimal(3))));
                });
        return left;
    }

    /** A VAT invoice's line with something left to take back, of a client's period and category. */
    record Creditable(ClientId clientId, Period period, WorkCategory category, InvoiceId vatInvoice, String line,
                      int minutesLeft) {
    }

    /**
     * The lines of VAT invoices of these clients with minutes left to take back, newest invoice first:
     * where a correction of invoiced time is credited (issue 14: a credit note citing the VAT invoice).
     */
    List<Creditable> creditable(Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        List<Creditable> found = new ArrayList<>();
        jdbc.sql("""
                SELECT i.client_id, v.period, v.category, i.id, v.id, v.minutes + coalesce(c.minutes, 0) AS left_minutes
                FROM invoice i JOIN invoice_line v ON v.invoice_id = i.id
                LEFT JOIN LATERAL (SELECT sum(c.minutes) AS minutes FROM invoice_line c WHERE c.credits = v.id) c ON true
                WHERE i.type = 'VAT_INVOICE' AND i.client_id = ANY(CAST(:clients AS uuid[])) AND v.unit = 'MIN'
                  AND v.minutes + coalesce(c.minutes, 0) > 0
                ORDER BY i.issue_date DESC, i.number DESC, v.position
                """).param("clients", clients.stream().map(ClientId::text).toArray(String[]::new))
                .query(rs -> {
                    found.add(new Creditable(new ClientId(rs.getObject(1, UUID.class)), Period.parse(rs.getString(2)),
                            WorkCategory.valueOf(rs.getString(3)), new InvoiceId(rs.getObject(4, UUID.class)),
                            rs.getString(5), rs.getInt(6)));
                });
        return found;
    }
}
