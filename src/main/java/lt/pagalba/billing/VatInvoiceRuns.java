package lt.pagalba.billing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.InvoiceId;
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
    private final ClientDirectory clients;

    VatInvoiceRuns(JdbcClient jdbc, Invoices invoices, VatInvoicing vatInvoicing, BillingRefusals refusals,
                   ClientDirectory clients) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.vatInvoicing = vatInvoicing;
        this.refusals = refusals;
        this.clients = clients;
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
        jdbc.sql("UPDATE vat_invoice_run SET finished_at = clock_timestamp(), issued = :i, refused = :r WHERE id = :id")
                .param("i", issued).param("r", refused).param("id", id).update();
        log.info("VAT invoices of {}: issued={} refused={} scheduled={}", month, issued, refused, scheduled);
        return runs(month).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * A proforma whose VAT invoice was refused (or will be, while its client stays as it is): what the
     * client lacks, and the VAT invoice issued for it since, if any.
     */
    public record Refusal(ClientId clientId, String clientName, InvoiceId proformaId, String proformaNumber,
                          List<String> missing, OffsetDateTime recordedAt, String issuedSince) {
    }

    /** The VAT invoices of a month's proformas that could not be issued, and why, newest first. */
    public List<Refusal> refusals(Period month) {
        List<BillingRefusals.Stored> stored = refusals.ofPeriod(month);
        Map<ClientId, Client> named = clients.getAll(stored.stream().map(BillingRefusals.Stored::clientId).collect(Collectors.toSet()));
        return stored.stream().map(r -> new Refusal(r.clientId(), named.get(r.clientId()).name(), r.proformaId(), r.proformaNumber(),
                r.missing(), r.recordedAt(), r.issuedSince())).toList();
    }

    /**
     * A month's proformas still without a VAT invoice (and not refused yet) whose client lacks what it
     * needs: refused by the 10th unless completed.
     */
    public List<Refusal> dueToBeRefused(Period month) {
        Set<InvoiceId> refused = refusals.ofPeriod(month).stream().map(BillingRefusals.Stored::proformaId)
                .collect(Collectors.toSet());
        List<InvoiceView> waiting = invoices.proformasOfRun(month).stream().filter(Invoice::needsVatInvoice)
                .filter(p -> !refused.contains(p.id())).map(Invoice::view).toList();
        Map<ClientId, Client> buyers = clients.getAll(waiting.stream().map(InvoiceView::clientId).collect(Collectors.toSet()));
        return waiting.stream().filter(p -> !BuyerRequirements.missing(buyers.get(p.clientId())).isEmpty())
                .map(p -> new Refusal(p.clientId(), buyers.get(p.clientId()).name(), p.id(), p.number(),
                        BuyerRequirements.missing(buyers.get(p.clientId())), null, null)).toList();
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
