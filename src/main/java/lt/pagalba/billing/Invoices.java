package lt.pagalba.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.CopyRows;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Invoices as the write model loads and saves them, with their lines, in plain SQL. */
@Repository
class Invoices {

    private static final String SELECT = """
            SELECT i.id, i.number, i.type, i.client_id, i.run_period, i.issue_date, i.due_date, i.net, i.vat_rate, i.vat,
                   i.gross, i.total_in_words, i.status, i.paid_on, i.contract_number, i.seller::text, i.buyer::text,
                   i.language, i.based_on, i.corrects, i.supply_date, i.vat_category, i.reason, i.credit_origin,
                   i.created_by, i.issued_by_name, i.issued_by_position, i.vat_breakdown::text,
                   (SELECT v.id FROM invoice v WHERE v.based_on = i.id AND v.type = 'VAT_INVOICE') AS vat_invoice
            FROM invoice i
            """;

    /** A month's run's live proformas in number order; {@code %s}: the invoice table's alias and dot, if any. */
    private static final String LIVE_PROFORMAS_OF_RUN = """
            %1$srun_period = :period AND %1$stype = 'PROFORMA' AND %1$sstatus <> 'CANCELLED' ORDER BY %1$snumber""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;
    private final InvoiceRows rows;

    Invoices(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.rows = new InvoiceRows(json);
    }

    Optional<Invoice> find(InvoiceId id) {
        return query(SELECT + " WHERE i.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    /** The client's invoice with this id; another client's is not found. */
    Optional<Invoice> find(ClientId clientId, InvoiceId id) {
        return query(SELECT + " WHERE i.id = :id AND i.client_id = :client",
                Map.of("id", id.value(), "client", clientId.value())).stream().findFirst();
    }

    /** The invoice with its row locked while its status changes (or while it is credited: one credit at a time). */
    Optional<Invoice> lock(InvoiceId id) {
        return query(SELECT + " WHERE i.id = :id FOR UPDATE OF i", Map.of("id", id.value())).stream().findFirst();
    }

    /**
     * Counts a credit note of a VAT invoice before it is made: the row stays locked until the issuing
     * transaction ends, so credits of one invoice take turns; being a change, it also makes a billing
     * run's snapshot that read the invoice before start again rather than credit from a stale view.
     */
    void countCreditNote(InvoiceId vatInvoice) {
        jdbc.sql("UPDATE invoice SET credit_notes = credit_notes + 1 WHERE id = :id").param("id", vatInvoice.value()).update();
    }

    /** Any of the filters may be null; newest first, at most a thousand. */
    List<Invoice> list(ClientId clientId, Period period, InvoiceType type, InvoiceStatus status) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("client", clientId == null ? null : clientId.value());
        filters.put("period", period == null ? null : period.text());
        filters.put("type", type == null ? null : type.name());
        filters.put("status", status == null ? null : status.name());
        return query(SELECT + """
                 WHERE (CAST(:client AS uuid) IS NULL OR i.client_id = :client)
                   AND (CAST(:period AS text) IS NULL OR i.run_period = :period)
                   AND (CAST(:type AS text) IS NULL OR i.type = :type)
                   AND (CAST(:status AS text) IS NULL OR i.status = :status)
                 ORDER BY i.issue_date DESC, i.number DESC LIMIT 1000
                """, filters);
    }

    /** Live proformas of a billing run, in number order (B6: a run answers with the same ones again). */
    List<Invoice> proformasOfRun(Period month) {
        return query(SELECT + " WHERE " + LIVE_PROFORMAS_OF_RUN.formatted("i."), Map.of("period", month.text()));
    }

    /** What a month's run announced (issue 18): its live proformas, as their own events would name them, in number order. */
    List<BillingEvents.InvoiceIssued> announcedOfRun(Period month) {
        return jdbc.sql("SELECT id, number, client_id FROM invoice WHERE " + LIVE_PROFORMAS_OF_RUN.formatted(""))
                .param("period", month.text())
                .query((rs, n) -> new BillingEvents.InvoiceIssued(new InvoiceId(rs.getObject(1, UUID.class)), rs.getString(2),
                        InvoiceType.PROFORMA, new ClientId(rs.getObject(3, UUID.class)))).list();
    }

    /** R17: proformas issued up to a day, unpaid and still without their VAT invoice, locked, newest first (as listed). */
    List<Invoice> lockUnpaidProformasIssuedUpTo(LocalDate day) {
        return query(SELECT + """
                 WHERE i.type = 'PROFORMA' AND i.status IN ('ISSUED', 'SENT') AND i.issue_date <= :day
                   AND NOT EXISTS (SELECT 1 FROM invoice v WHERE v.based_on = i.id AND v.type = 'VAT_INVOICE')
                 ORDER BY i.issue_date DESC, i.number DESC FOR UPDATE OF i
                """, Map.of("day", day));
    }

    /** R17: a month's run's proformas, unpaid and still without their VAT invoice, locked, in number order. */
    List<Invoice> lockUnpaidProformasOfRun(Period month) {
        return query(SELECT + """
                 WHERE i.type = 'PROFORMA' AND i.run_period = :period AND i.status IN ('ISSUED', 'SENT')
                   AND NOT EXISTS (SELECT 1 FROM invoice v WHERE v.based_on = i.id AND v.type = 'VAT_INVOICE')
                 ORDER BY i.number FOR UPDATE OF i
                """, Map.of("period", month.text()));
    }

    /**
     * A client's live proformas, oldest first, still without a VAT invoice, that billed time of a
     * period: their VAT invoices come before a later document corrects that time.
     */
    List<Invoice> lockProformasWithoutVatInvoiceBilling(ClientId clientId, Period period) {
        return query(SELECT + """
                 WHERE i.type = 'PROFORMA' AND i.client_id = :client AND i.status <> 'CANCELLED'
                   AND NOT EXISTS (SELECT 1 FROM invoice v WHERE v.based_on = i.id AND v.type = 'VAT_INVOICE')
                   AND EXISTS (SELECT 1 FROM invoice_line l WHERE l.invoice_id = i.id AND l.period = :period AND l.amount > 0)
                 ORDER BY i.issue_date, i.number FOR UPDATE OF i
                """, Map.of("client", clientId.value(), "period", period.text()));
    }

    /** Writes new invoices and their lines with COPY (a billing run writes thousands). */
    void insertAll(List<Invoice> all) {
        insertAll(all.stream());
    }

    /**
     * Writes invoices as they come, then their lines, with COPY, and answers them in order. A run's invoices
     * are made as this asks for them (issue 18): each is made while the server takes the ones sent before,
     * so making 10,000 invoices takes none of the run's time beyond what writing them takes.
     */
    List<Invoice> insertAll(Stream<Invoice> invoices) {
        List<Invoice> written = new ArrayList<>();
        Map<Party, String> partiesJson = new HashMap<>();
        Iterable<Object[]> invoiceRows = () -> invoices.map(invoice -> {
            written.add(invoice);
            return invoiceRow(invoice.content(), invoice.status(), partiesJson);
        }).iterator();
        // COPY, not INSERT (issue 18): a run's 10,000 invoices and 20,000 lines in one stream each
        CopyRows.copy(batches, "invoice", """
                id, type, number, client_id, run_period, issue_date, due_date, seller, buyer, contract_number, net, vat_rate,
                vat, gross, total_in_words, language, status, based_on, corrects, created_by, supply_date, vat_category, reason,
                credit_origin, issued_by_name, issued_by_position, vat_breakdown""", invoiceRows);
        CopyRows.copy(batches, "invoice_line", """
                id, invoice_id, position, description, category, period, minutes, hours, unit_price, amount, vat_rate, unit,
                credits, source_line""", () -> written.stream().flatMap(Invoices::lineRows).iterator());
        return written;
    }

    private Object[] invoiceRow(InvoiceContent c, InvoiceStatus status, Map<Party, String> partiesJson) {
        TaxDetails tax = c.tax();
        return new Object[]{c.id().value(), c.type().name(), c.number(), c.clientId().value(),
                c.period() == null ? null : c.period().text(), c.issueDate(), c.dueDate(),
                partiesJson.computeIfAbsent(c.seller(), json::writeValueAsString), json.writeValueAsString(c.buyer()),
                c.contractNumber(), c.totals().net().amount(), c.totals().vatRate(), c.totals().vat().amount(),
                c.totals().gross().amount(), c.totals().inWords(), c.language(), status.name(),
                uuid(c.basedOn()), uuid(c.corrects()), tax.issuedBy(), tax.supplyDate(), tax.vatCategory().name(),
                tax.reason(), tax.creditOrigin() == null ? null : tax.creditOrigin().name(),
                tax.issuer() == null ? null : tax.issuer().name(), tax.issuer() == null ? null : tax.issuer().position(),
                json.writeValueAsString(c.totals().breakdown())};
    }

    private static Stream<Object[]> lineRows(Invoice invoice) {
        InvoiceContent c = invoice.content();
        List<Object[]> rows = new ArrayList<>(c.lines().size());
        int position = 1;
        for (InvoiceLine line : c.lines()) {
            rows.add(new Object[]{UUID.fromString(line.id()), c.id().value(), position++, line.description(),
                    line.category().name(), line.period().text(), line.minutes(), line.hours(), line.unitPrice().amount(),
                    line.amount().amount(), line.vatPercent(), line.unit().name(), uuid(line.credits()),
                    uuid(line.sourceLine())});
        }
        return rows.stream();
    }

    /** Saves a change of status. */
    void save(Invoice invoice) {
        jdbc.sql("UPDATE invoice SET status = :status, paid_on = :paidOn WHERE id = :id")
                .param("status", invoice.status().name()).param("paidOn", invoice.paidOn())
                .param("id", invoice.id().value()).update();
    }

    /** The invoices a query finds, each with its lines (read in one more query for all of them). */
    private List<Invoice> query(String sql, Map<String, ?> params) {
        Map<UUID, InvoiceRows.Stored> found = new LinkedHashMap<>();
        InvoiceRows reader = rows.reader();
        jdbc.sql(sql).params(params).query(rs -> {
            found.put(rs.getObject("id", UUID.class), reader.stored(rs));
        });
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<InvoiceLine>> lines = new HashMap<>();
        jdbc.sql("SELECT invoice_id, " + InvoiceRows.LINE_COLUMNS + " FROM invoice_line WHERE invoice_id IN (:ids)"
                        + " ORDER BY invoice_id, position")
                .param("ids", List.copyOf(found.keySet()))
                .query(rs -> {
                    lines.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(InvoiceRows.line(rs));
                });
        return found.entrySet().stream().map(e -> e.getValue().with(lines.getOrDefault(e.getKey(), List.of()))).toList();
    }

    private static UUID uuid(InvoiceId id) {
        return id == null ? null : id.value();
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
