package lt.pagalba.billing;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The VAT invoices that could not be issued and why (issue 14): the buyer lacked what a VAT invoice needs. */
@Repository
class BillingRefusals {

    private final JdbcClient jdbc;

    BillingRefusals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One refusal as recorded; {@code issuedSince}: the VAT invoice issued for the proforma since, if any. */
    record Stored(Period period, ClientId clientId, InvoiceId proformaId, String proformaNumber, List<String> missing,
                  OffsetDateTime recordedAt, String issuedSince) {
    }

    void record(Period period, ClientId clientId, InvoiceId proforma, List<String> missing) {
        jdbc.sql("INSERT INTO billing_refusal (period, client_id, proforma_id, missing) VALUES (:p, :c, :f, :m)")
                .param("p", period.text()).param("c", clientId.value()).param("f", proforma.value())
                .param("m", String.join(",", missing)).update();
    }

    /** The latest refusal of each of a month's proformas, newest first, with the VAT invoice issued since, if any. */
    List<Stored> ofPeriod(Period period) {
        return jdbc.sql("""
                SELECT * FROM (
                  SELECT DISTINCT ON (r.proforma_id) r.period, r.client_id, r.proforma_id, f.number, r.missing, r.recorded_at,
                         (SELECT v.number FROM invoice v WHERE v.based_on = r.proforma_id AND v.type = 'VAT_INVOICE')
                  FROM billing_refusal r JOIN invoice f ON f.id = r.proforma_id
                  WHERE r.period = :p ORDER BY r.proforma_id, r.recorded_at DESC, r.id DESC) latest
                ORDER BY recorded_at DESC
                """).param("p", period.text())
                .query((rs, n) -> new Stored(Period.parse(rs.getString(1)), new ClientId(rs.getObject(2, UUID.class)),
                        new InvoiceId(rs.getObject(3, UUID.class)), rs.getString(4), Arrays.asList(rs.getString(5).split(",")),
                        rs.getObject(6, OffsetDateTime.class), rs.getString(7))).list();
    }
}
