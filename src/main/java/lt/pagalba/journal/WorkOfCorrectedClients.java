package lt.pagalba.journal;

import lt.pagalba.request.RequestEvents.RequestClientCorrected;
import lt.pagalba.shared.ConflictException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A request's work follows its corrected client (issue 13 item 6), so the time is billed to the client it
 * was done for. Work already billed to the old client is on its proforma: then the client cannot change
 * (409) until that proforma is cancelled.
 */
@Component
class WorkOfCorrectedClients {

    private final JdbcClient jdbc;

    WorkOfCorrectedClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the correcting transaction: the correction and the move are kept or refused together. */
    @EventListener
    void on(RequestClientCorrected corrected) {
        boolean billed = jdbc.sql("SELECT EXISTS (SELECT 1 FROM work_entry e WHERE e.request_id = :request AND e.deleted_at IS NULL AND "
                        + BilledRange.COVERS_ENTRY + ")")
                .param("request", corrected.requestId().value()).query(Boolean.class).single();
        if (billed) {
            throw new ConflictException("journal.request.clientBilled", corrected.number());
        }
        // new sequence numbers: the entries lie outside every range billed so far, the new client's included
        jdbc.sql("UPDATE work_entry SET client_id = :to, seq = nextval('work_entry_seq') WHERE request_id = :request")
                .param("to", corrected.to().value()).param("request", corrected.requestId().value()).update();
    }
}
