package lt.pagalba.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The VAT invoices and credit notes issued in a month, for the tax exports (i.SAF, the sales
 * register): in two queries however many, the documents and the net of each by VAT rate, in number
 * order. VAT per rate is taken of that rate's net, as on the document (B7).
 */
@Service
public class TaxDocuments {

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
        Map<String, Object> range = Map.of("from", month.atDay(1), "to", month.atEndOfMonth());
        Map<UUID, List<InvoiceView.VatSubtotal>> breakdown = new HashMap<>();
        jdbc.sql("""
                SELECT l.invoice_id, l.vat_rate, sum(l.amount) FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
                WHERE i.issue_date BETWEEN :from AND :to AND i.type IN ('VAT_INVOICE', 'CREDIT_NOTE')
                GROUP BY l.invoice_id, l.vat_rate ORDER BY l.invoice_id, l.vat_rate DESC
                """).params(range).query(rs -> {
            BigDecimal rate = rs.getBigDecimal(2).stripTrailingZeros();
            Money net = new Money(rs.getBigDecimal(3));
            breakdown.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new InvoiceView.VatSubtotal(rate.toPlainString(), net, BillingRules.vat(net, rate)));
        });
        return jdbc.sql("""
                SELECT i.id, i.number, i.type, i.issue_date, i.supply_date, i.client_id, i.buyer::text, i.vat_category,
                       i.net, i.vat, i.gross, c.number, c.issue_date
                FROM invoice i LEFT JOIN invoice c ON c.id = i.corrects
                WHERE i.issue_date BETWEEN :from AND :to AND i.type IN ('VAT_INVOICE', 'CREDIT_NOTE')
                ORDER BY i.type DESC, i.number
                """).params(range).query((rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            return new TaxDocument(new InvoiceId(id), rs.getString(2), InvoiceType.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), new ClientId(rs.getObject(6, UUID.class)),
                    json.readValue(rs.getString(7), Party.class), VatCategory.valueOf(rs.getString(8)),
                    new Money(rs.getBigDecimal(9)), new Money(rs.getBigDecimal(10)), new Money(rs.getBigDecimal(11)),
                    breakdown.getOrDefault(id, List.of()), rs.getString(12), rs.getObject(13, LocalDate.class));
        }).list();
    }
}
