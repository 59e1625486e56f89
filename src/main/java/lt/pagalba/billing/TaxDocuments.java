package lt.pagalba.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The VAT invoices and credit notes issued in a month, for the tax exports (i.SAF, the sales
 * register): in one query however many, VAT invoices first, each series in number order, with the
 * VAT per rate as the document states it.
 */
@Service
public class TaxDocuments {

    private static final TypeReference<List<Totals.VatSubtotal>> BREAKDOWN = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SellerDetails seller;

    TaxDocuments(JdbcClient jdbc, JsonMapper json, SellerDetails seller) {
        this.jdbc = jdbc;
        this.json = json;
        this.seller = seller;
    }

    /** The seller as its documents name it now (the company the tax files are of). */
    public Party seller() {
        return seller.party();
    }

    public List<TaxDocument> issuedIn(YearMonth month) {
        return jdbc.sql("""
                SELECT i.id, i.number, i.type, i.issue_date, i.supply_date, i.client_id, i.buyer::text, i.vat_category,
                       i.net, i.vat, i.gross, c.number, c.issue_date, i.vat_breakdown::text
                FROM invoice i LEFT JOIN invoice c ON c.id = i.corrects
                WHERE i.issue_date BETWEEN :from AND :to AND i.type IN ('VAT_INVOICE', 'CREDIT_NOTE')
                ORDER BY i.type DESC, i.number
                """).param("from", month.atDay(1)).param("to", month.atEndOfMonth()).query((rs, n) -> new TaxDocument(
                new InvoiceId(rs.getObject(1, UUID.class)), rs.getString(2), InvoiceType.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), new ClientId(rs.getObject(6, UUID.class)),
                json.readValue(rs.getString(7), Party.class), VatCategory.valueOf(rs.getString(8)),
                new Money(rs.getBigDecimal(9)), new Money(rs.getBigDecimal(10)), new Money(rs.getBigDecimal(11)),
                json.readValue(rs.getString(14), BREAKDOWN).stream().map(v -> new InvoiceView.VatSubtotal(
                        v.rate().stripTrailingZeros().toPlainString(), v.net(), v.vat())).toList(),
                rs.getString(12), rs.getObject(13, LocalDate.class))).list();
    }
}
