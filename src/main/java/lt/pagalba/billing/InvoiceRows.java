package lt.pagalba.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads invoice and line rows back into the write model. */
final class InvoiceRows {

    /** The columns {@link #line} reads, after the invoice's id. */
    static final String LINE_COLUMNS = "id, description, category, period, minutes, hours, unit_price, amount, vat_rate, unit,"
            + " credits, source_line";

    private static final TypeReference<List<Totals.VatSubtotal>> BREAKDOWN = new TypeReference<>() {
    };

    private final JsonMapper json;
    /** Parties as stored, parsed once per reader: a run's ten thousand invoices name one seller (and each buyer alike). */
    private final Map<String, Party> parties = new HashMap<>();

    InvoiceRows(JsonMapper json) {
        this.json = json;
    }

    /** A reader for one query's rows: it parses each distinct party once (parties are immutable records). */
    InvoiceRows reader() {
        return new InvoiceRows(json);
    }

    /** An invoice row, before its lines are read (in one query for all the invoices found). */
    record Stored(InvoiceContent content, InvoiceStatus status, LocalDate paidOn, InvoiceId vatInvoice) {

        Invoice with(List<InvoiceLine> lines) {
            return new Invoice(content.withLines(lines), status, paidOn, vatInvoice);
        }
    }

    Stored stored(ResultSet rs) throws SQLException {
        String period = rs.getString("run_period");
        String origin = rs.getString("credit_origin");
        String issuerName = rs.getString("issued_by_name");
        TaxDetails tax = new TaxDetails(rs.getObject("supply_date", LocalDate.class), VatCategory.valueOf(rs.getString("vat_category")),
                rs.getString("reason"), origin == null ? null : CreditOrigin.valueOf(origin), rs.getString("created_by"),
                issuerName == null ? null : new Issuer(issuerName, rs.getString("issued_by_position")));
        InvoiceContent content = new InvoiceContent(new InvoiceId(rs.getObject("id", UUID.class)), InvoiceType.valueOf(rs.getString("type")),
                rs.getString("number"), new ClientId(rs.getObject("client_id", UUID.class)),
                period == null ? null : Period.parse(period), rs.getObject("issue_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getString("contract_number"),
                party(rs.getString("seller")), party(rs.getString("buyer")),
                rs.getString("language"), invoiceId(rs, "based_on"), invoiceId(rs, "corrects"), List.of(),
                new Totals(new Money(rs.getBigDecimal("net")), rs.getBigDecimal("vat_rate"), new Money(rs.getBigDecimal("vat")),
                        new Money(rs.getBigDecimal("gross")), rs.getString("total_in_words"),
                        json.readValue(rs.getString("vat_breakdown"), BREAKDOWN)), tax);
        return new Stored(content, InvoiceStatus.valueOf(rs.getString("status")), rs.getObject("paid_on", LocalDate.class),
                invoiceId(rs, "vat_invoice"));
    }

    /** A line row: the invoice's id, then {@link #LINE_COLUMNS}. */
    static InvoiceLine line(ResultSet rs) throws SQLException {
        return new InvoiceLine(rs.getString(2), rs.getString(3), WorkCategory.valueOf(rs.getString(4)),
                Period.parse(rs.getString(5)), rs.getInt(6), rs.getBigDecimal(7), new Money(rs.getBigDecimal(8)),
                new Money(rs.getBigDecimal(9)), rs.getBigDecimal(10), LineUnit.valueOf(rs.getString(11)), rs.getString(12),
                rs.getString(13));
    }

    private Party party(String stored) {
        return parties.computeIfAbsent(stored, text -> json.readValue(text, Party.class));
    }

    private static InvoiceId invoiceId(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new InvoiceId(id);
    }
}
