package lt.pagalba.billing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R17: by the 10th, the VAT invoices of a month's proformas still unpaid (and not cancelled). The
 * scheduled run of a month happens once, even with several instances: its row is claimed first, and
 * a second instance waits on it and then finds the month done. The accountant may run it again (to
 * issue what was refused, once the clients are completed). Each run keeps what it issued and what it
 * could not issue, and why.
 */
@Service
public class VatInvoiceRuns {

    private static final Logger log = LoggerFactory.getLogger(VatInvoiceRuns.class);

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final VatInvoicing vatInvoicing;
    private final BillingRefusals refusals;

    VatInvoiceRuns(JdbcClient jdbc, Invoices invoices, VatInvoicing vatInvoicing, BillingRefusals refusals) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.vatInvoicing = vatInvoicing;
        this.refusals = refusals;
    }

    /** One run of the job: the month whose proformas it invoiced, who started it, what it issued and refused. */
    public record Run(UUID id, Period period, boolean scheduled, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                      String startedBy, int issued, int refused) {
    }

    /** Issues the VAT invoices of a month's unpaid proformas; a scheduled run of a month already run does nothing. */
    @Transactional
    public Run run(Period month, boolean scheduled, Actor actor) {
        UUID id = UUID.randomUUID();
        int claimed = jdbc.sql("""
                INSERT INTO vat_invoice_run (id, period, scheduled, started_by) VALUES (:id, :p, :s, :by)
                ON CONFLICT (period) WHERE scheduled DO NOTHING
                """).param("id", id).param("p", month.text()).param("s", scheduled).param("by", actor.name()).update();
        if (claimed == 0) {
            log.info("VAT invoices of {} were issued by the 10th already", month);
            return runs(month).stream().filter(Run::scheduled).findFirst().orElseThrow();
        }
        int issued = 0;
        int refused = 0;
        for (Invoice proforma : invoices.lockUnpaidProformasOfRun(month)) {
            try {
                vatInvoicing.issue(proforma, actor);
                issued++;
            } catch (InvalidInputException incompleteBuyer) {
                refusals.record(month, proforma.content().clientId(), proforma.id(),
                        incompleteBuyer.problems().stream().map(p -> p.field().replace("client.", "")).toList());
                refused++;
            }
        }
        jdbc.sql("UPDATE vat_invoice_run SET finished_at = now(), issued = :i, refused = :r WHERE id = :id")
                .param("i", issued).param("r", refused).param("id", id).update();
        log.info("VAT invoices of {}: issued={} refused={} scheduled={}", month, issued, refused, scheduled);
        return runs(month).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The runs of a month's VAT invoices, newest first. */
    public List<Run> runs(Period month) {
        return jdbc.sql("""
                SELECT id, period, scheduled, started_at, finished_at, started_by, issued, refused FROM vat_invoice_run
                WHERE period = :p ORDER BY started_at DESC
                """).param("p", month.text())
                .query((rs, n) -> new Run(rs.getObject(1, UUID.class), Period.parse(rs.getString(2)), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), rs.getString(6),
                        rs.getInt(7), rs.getInt(8))).list();
    }
}
