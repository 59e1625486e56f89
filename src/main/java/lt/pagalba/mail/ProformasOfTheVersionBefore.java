package lt.pagalba.mail;

import java.util.List;
import java.util.UUID;
import lt.pagalba.billing.BillingEvents.InvoiceIssued;
import lt.pagalba.billing.InvoiceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before issue 18 each proforma came to {@link InvoiceMail} in an {@code InvoiceIssued} event of its own; since,
 * a run's proformas come in one {@code ProformasIssued} and that listener no longer takes proformas. A proforma's
 * own event that the version before stored and had not handled when it stopped (its mail not yet queued) would
 * then wait for ever: at start, each such proforma is queued here and its publication completed, in one
 * transaction each. Queuing is once per proforma, so a second instance starting at the same time does no harm.
 */
@Component
class ProformasOfTheVersionBefore {

    private static final Logger log = LoggerFactory.getLogger(ProformasOfTheVersionBefore.class);
    /** How Spring Modulith named the listener of a single proforma's event in the version before. */
    static final String LISTENER = "lt.pagalba.mail.InvoiceMail.on(lt.pagalba.billing.BillingEvents$InvoiceIssued)";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final InvoiceMail mail;
    private final TransactionTemplate transactions;

    ProformasOfTheVersionBefore(JdbcClient jdbc, JsonMapper json, InvoiceMail mail, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json; // the mapper Spring Modulith stores events with
        this.mail = mail;
        this.transactions = transactions;
    }

    private record Left(UUID id, String event) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void takeOver() {
        List<Left> left = jdbc.sql("""
                SELECT id, serialized_event FROM event_publication
                WHERE completion_date IS NULL AND listener_id = :listener AND serialized_event LIKE '%PROFORMA%'""")
                .param("listener", LISTENER).query((rs, n) -> new Left(rs.getObject(1, UUID.class), rs.getString(2))).list();
        for (Left one : left) {
            InvoiceIssued proforma = json.readValue(one.event(), InvoiceIssued.class);
            if (proforma.type() != InvoiceType.PROFORMA) {
                continue; // its listener still takes it
            }
            try {
                transactions.executeWithoutResult(status -> {
                    mail.queue(proforma);
                    jdbc.sql("UPDATE event_publication SET completion_date = now(), status = 'COMPLETED' WHERE id = :id")
                            .param("id", one.id()).update();
                });
                log.info("Proforma {}: its e-mail, left by the version before, is queued", proforma.number());
            } catch (RuntimeException e) {
                log.error("Proforma {}: its e-mail, left by the version before, could not be queued; tried again at the next start",
                        proforma.number(), e);
            }
        }
    }
}
