package lt.pagalba.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.WorkCategory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The invoice tables, the numbering and the VAT rates, in plain SQL. */
@Repository
class Invoices {

    private static final String SELECT = """
            SELECT i.id, i.number, i.type, i.client_id, i.run_period, i.issue_date, i.due_date, i.net, i.vat_rate, i.vat,
                   i.gross, i.total_in_words, i.status, i.paid_on, i.contract_number, i.seller::text, i.buyer::text,
                   i.language, i.based_on, i.corrects
            FROM invoice i
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    Invoices(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    /** The next number of a series and year; the counter row stays locked until the transaction ends (gapless). */
    String nextNumber(InvoiceType type, int year) {
        return nextNumbers(type, year, 1).get(0);
    }

    /**
     * The next {@code count} numbers of a series and year, in order, in one statement; the counter row
     * stays locked until the transaction ends, so they stay gapless (a rolled back run gives them back).
     */
    List<String> nextNumbers(InvoiceType type, int year, int count) {
        if (count == 0) {
            return List.of();
        }
        int last = jdbc.sql("""
                INSERT INTO invoice_number (series, year, last) VALUES (:series, :year, :count)
                ON CONFLICT (series, year) DO UPDATE SET last = invoice_number.last + :count RETURNING last
                """).param("series", type.series()).param("year", year).param("count", count).query(Integer.class).single();
        List<String> numbers = new ArrayList<>(count);
        for (int n = last - count + 1; n <= last; n++) {
            numbers.add("%s-%d-%06d".formatted(type.series(), year, n));
        }
        return numbers;
    }

    /** B7: the VAT rate in force on a day. */
    BigDecimal vatRateOn(LocalDate day) {
        return jdbc.sql("SELECT rate FROM vat_rate WHERE valid_from <= :day ORDER BY valid_from DESC LIMIT 1")
                .param("day", day).query(BigDecimal.class).single();
    }

    /**
     * Minutes already billed by live proformas, per client, period and category (B5), read once for
     * a whole run: a run bills each client once, so its own lines never change another's answer.
     */
    BilledMinutes billedMinutes() {
        BilledMinutes billed = new BilledMinutes();
        jdbc.sql("""
                SELECT i.client_id, l.period, l.category, sum(l.minutes) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
                WHERE i.type = 'PROFORMA' AND i.status <> 'CANCELLED'
                GROUP BY i.client_id, l.period, l.category
                """).query((rs, n) -> billed.add(rs.getString(1), rs.getString(2), WorkCategory.valueOf(rs.getString(3)),
                rs.getInt(4))).list();
        return billed;
    }

    /** What live proformas billed, by client, period and category. */
    static final class BilledMinutes {
        private final Map<String, Integer> minutes = new HashMap<>();

        private boolean add(String clientId, String period, WorkCategory category, int value) {
            minutes.put(clientId + "|" + period + "|" + category, value);
            return true;
        }

        int of(String clientId, String period, WorkCategory category) {
            return minutes.getOrDefault(clientId + "|" + period + "|" + category, 0);
        }
    }

    void insert(Invoice invoice, String createdBy) {
        insertAll(List.of(invoice), createdBy);
    }

    /** Writes invoices and their lines in batches (a billing run writes thousands). */
    void insertAll(List<Invoice> all, String createdBy) {
        if (all.isEmpty()) {
            return;
        }
        List<Object[]> invoiceRows = new ArrayList<>(all.size());
        List<Object[]> lineRows = new ArrayList<>();
        Map<Invoice.Party, String> partiesJson = new HashMap<>();
        for (Invoice invoice : all) {
            UUID id = UUID.fromString(invoice.id());
            invoiceRows.add(new Object[]{id, invoice.type().name(), invoice.number(), UUID.fromString(invoice.clientId()),
                    invoice.period(), invoice.issueDate(), invoice.dueDate(),
                    partiesJson.computeIfAbsent(invoice.seller(), json::writeValueAsString), json.writeValueAsString(invoice.buyer()),
                    invoice.contractNumber(), invoice.net().amount(), new BigDecimal(invoice.vatRate()), invoice.vat().amount(),
                    invoice.gross().amount(), invoice.totalInWords(), invoice.language(), invoice.status().name(),
                    invoice.basedOn() == null ? null : UUID.fromString(invoice.basedOn()),
                    invoice.corrects() == null ? null : UUID.fromString(invoice.corrects()), createdBy});
            int position = 1;
            for (Invoice.Line line : invoice.lines()) {
                lineRows.add(new Object[]{UUID.fromString(line.id()), id, position++, line.description(), line.category().name(),
                        line.period(), line.minutes(), line.hours(), line.unitPrice().amount(), line.amount().amount()});
            }
        }
        batches.batchUpdate("""
                INSERT INTO invoice (id, type, number, client_id, run_period, issue_date, due_date, seller, buyer,
                  contract_number, net, vat_rate, vat, gross, total_in_words, language, status, based_on, corrects, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, invoiceRows);
        batches.batchUpdate("""
                INSERT INTO invoice_line (id, invoice_id, position, description, category, period, minutes, hours, unit_price, amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, lineRows);
    }

    void setStatus(UUID id, InvoiceStatus status, LocalDate paidOn) {
        jdbc.sql("UPDATE invoice SET status = :status, paid_on = coalesce(:paidOn, paid_on) WHERE id = :id")
                .param("status", status.name()).param("paidOn", paidOn).param("id", id).update();
    }

    Optional<Invoice> find(UUID id) {
        return withLines(jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(this::invoice).list()).stream().findFirst();
    }

    Optional<Invoice> findForUpdate(UUID id) {
        return withLines(jdbc.sql(SELECT + " WHERE i.id = :id FOR UPDATE").param("id", id).query(this::invoice).list())
                .stream().findFirst();
    }

    Optional<Invoice> vatInvoiceOf(UUID proformaId) {
        return withLines(jdbc.sql(SELECT + " WHERE i.based_on = :id AND i.type = 'VAT_INVOICE'").param("id", proformaId)
                .query(this::invoice).list()).stream().findFirst();
    }

    List<Invoice> list(UUID clientId, String period, InvoiceType type, InvoiceStatus status) {
        return withLines(jdbc.sql(SELECT + """
                 WHERE (CAST(:client AS uuid) IS NULL OR i.client_id = :client)
                   AND (CAST(:period AS text) IS NULL OR i.run_period = :period)
                   AND (CAST(:type AS text) IS NULL OR i.type = :type)
                   AND (CAST(:status AS text) IS NULL OR i.status = :status)
                 ORDER BY i.issue_date DESC, i.number DESC LIMIT 1000
                """).param("client", clientId).param("period", period)
                .param("type", type == null ? null : type.name()).param("status", status == null ? null : status.name())
                .query(this::invoice).list());
    }

    /** Live proformas of a billing run, in number order (B6: a run answers with the same ones again). */
    List<Invoice> proformasOfRun(String period) {
        return withLines(jdbc.sql(SELECT + " WHERE i.run_period = :period AND i.type = 'PROFORMA' AND i.status <> 'CANCELLED' ORDER BY i.number")
                .param("period", period).query(this::invoice).list());
    }

    /** Claims a month for a run; false when it was run before. Two runs at once queue on the row. */
    boolean startRun(String period, String by) {
        jdbc.sql("INSERT INTO billing_run (period, started_at, started_by) VALUES (:p, now(), :by) ON CONFLICT DO NOTHING")
                .param("p", period).param("by", by).update();
        return jdbc.sql("SELECT finished_at IS NULL FROM billing_run WHERE period = :p FOR UPDATE").param("p", period)
                .query(Boolean.class).single();
    }

    void finishRun(String period) {
        jdbc.sql("UPDATE billing_run SET finished_at = now() WHERE period = :p").param("p", period).update();
    }

    private List<Invoice> withLines(List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            return invoices;
        }
        Map<String, List<Invoice.Line>> lines = new HashMap<>();
        jdbc.sql("""
                SELECT invoice_id, id, description, category, period, minutes, hours, unit_price, amount FROM invoice_line
                WHERE invoice_id IN (:ids) ORDER BY invoice_id, position
                """).param("ids", invoices.stream().map(i -> UUID.fromString(i.id())).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), new Invoice.Line(rs.getString(2), rs.getString(3),
                        WorkCategory.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getBigDecimal(7),
                        new Money(rs.getBigDecimal(8)), new Money(rs.getBigDecimal(9))))).list()
                .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return invoices.stream().map(i -> new Invoice(i.id(), i.number(), i.type(), i.clientId(), i.period(), i.issueDate(),
                i.dueDate(), i.net(), i.vatRate(), i.vat(), i.gross(), i.totalInWords(), i.status(), i.paidOn(),
                i.contractNumber(), i.seller(), i.buyer(), i.language(), i.basedOn(), i.corrects(),
                lines.getOrDefault(i.id(), List.of()))).toList();
    }

    private Invoice invoice(ResultSet rs, int n) throws SQLException {
        return new Invoice(rs.getString("id"), rs.getString("number"), InvoiceType.valueOf(rs.getString("type")),
                rs.getString("client_id"), rs.getString("run_period"), rs.getObject("issue_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), new Money(rs.getBigDecimal("net")),
                rs.getBigDecimal("vat_rate").stripTrailingZeros().toPlainString(), new Money(rs.getBigDecimal("vat")),
                new Money(rs.getBigDecimal("gross")), rs.getString("total_in_words"),
                InvoiceStatus.valueOf(rs.getString("status")), rs.getObject("paid_on", LocalDate.class),
                rs.getString("contract_number"), json.readValue(rs.getString("seller"), Invoice.Party.class),
                json.readValue(rs.getString("buyer"), Invoice.Party.class), rs.getString("language"),
                rs.getString("based_on"), rs.getString("corrects"), List.of());
    }
}
