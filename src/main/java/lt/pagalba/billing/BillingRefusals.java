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

/**
 * The documents that could not be issued and why (issue 14): a run's clients whose details a VAT
 * invoice needs are missing, and proformas whose VAT invoice could not be issued by the 10th.
 */
@Repository
class BillingRefusals {

    private final JdbcClient jdbc;

    BillingRefusals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One refusal as recorded; {@code issuedSince}: the VAT invoice (or proforma) issued for it since, if any. */
    record Stored(DocumentKind kind, Period period, ClientId clientId, InvoiceId proformaId, String proformaNumber,
                  List<String> missing, OffsetDateTime recordedAt, String issuedSince) {
    }

    void record(DocumentKind kind, Period period, ClientId clientId, InvoiceId proforma, List<String> missing) {
        jdbc.sql("INSERT INTO billing_refusal (period, kind, client_id, proforma_id, missing) VALUES (:p, :k, :c, :f, :m)")
                .param("p", period.text()).param("k", kind.name()).param("c", clientId.value())
                .param("f", proforma == null ? null : proforma.value()).param("m", String.join(",", missing)).update();
    }

    /** A period's refusals, newest first, each with what was issued for it since. */
    List<Stored> ofPeriod(Period period) {
        return jdbc.sql("""
                SELECT r.kind, r.period, r.client_id, r.proforma_id, f.number, r.missing, r.recorded_at,
                       CASE WHEN r.kind = 'VAT_INVOICE'
                            THEN (SELECT v.number FROM invoice v WHERE v.based_on = r.proforma_id AND v.type = 'VAT_INVOICE')
                            ELSE (SELECT p.number FROM invoice p WHERE p.client_id = r.client_id AND p.type = 'PROFORMA'
                                    AND p.status <> 'CANCELLED' AND p.created_at > r.recorded_at ORDER BY p.created_at LIMIT 1)
                       END
                FROM billing_refusal r LEFT JOIN invoice f ON f.id = r.proforma_id
                WHERE r.period = :p ORDER BY r.recorded_at DESC, r.id DESC
                """).param("p", period.text())
                .query((rs, n) -> new Stored(DocumentKind.valueOf(rs.getString(1)), Period.parse(rs.getString(2)),
                        new ClientId(rs.getObject(3, UUID.class)), rs.getObject(4, UUID.class) == null ? null
                        : new InvoiceId(rs.getObject(4, UUID.class)), rs.getString(5), Arrays.asList(rs.getString(6).split(",")),
                        rs.getObject(7, OffsetDateTime.class), rs.getString(8))).list();
    }

    /** The run's refusals recorded by the run of a month (B6: a run asked again answers with them again). */
    List<Stored> ofRun(Period month) {
        return ofPeriod(month).stream().filter(r -> r.kind() == DocumentKind.PROFORMA).toList();
    }

    /** What could not be issued: a run's proforma, or a proforma's VAT invoice. */
    enum DocumentKind {
        PROFORMA, VAT_INVOICE
    }
}
