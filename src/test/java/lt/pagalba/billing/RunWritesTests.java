package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18: a run's writes are checked once as a set instead of row by row. Inside, the server's
 * per-row checks are off for the transaction only; after, they are on again, and a reference to a
 * client that does not exist stops the run (its transaction rolls back, nothing of it is kept).
 */
class RunWritesTests extends BillingTestSupport {

    @Autowired
    RunWrites runWrites;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theRowChecksAreOffOnlyWhileTheRunWritesAndOnAgainAfter() {
        ClientId client = new ClientId(UUID.fromString(clientWithRequest("{\"period\":\"MONTH\"}").id()));
        List<String> roles = transactions.execute(status -> {
            String inside = runWrites.checkedOnce(List.of(client), this::replicationRole);
            return List.of(inside, replicationRole());
        });
        assertThat(roles).containsExactly("replica", "origin");
        assertThat(replicationRole()).as("on another transaction of the pool").isEqualTo("origin");
    }

    @Test
    void aWriteUnderAClientThatDoesNotExistIsRefusedAndRolledBack() {
        ClientId nobody = new ClientId(UUID.randomUUID());
        String category = "CONSULTATION";
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> runWrites.checkedOnce(List.of(nobody), () ->
                jdbc.sql("""
                        INSERT INTO billed_range (client_id, category, period_from, period_to, seq_from, seq_to, lock_ref, billed_at)
                        VALUES (:client, :category, DATE '2001-01-01', DATE '2001-01-31', 0, 1, 'test', now())
                        """).param("client", nobody.value()).param("category", category).update())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 clients that do not exist");
        assertThat(jdbc.sql("SELECT count(*) FROM billed_range WHERE client_id = :client").param("client", nobody.value())
                .query(Integer.class).single()).isZero();
        // without the window the server's own check refuses it too
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO billed_range (client_id, category, period_from, period_to, seq_from, seq_to, lock_ref, billed_at)
                VALUES (:client, 'CONSULTATION', DATE '2001-01-01', DATE '2001-01-31', 0, 1, 'test', now())
                """).param("client", nobody.value()).update()).hasMessageContaining("billed_range_client_id_fkey");
    }

    private String replicationRole() {
        return jdbc.sql("SELECT current_setting('session_replication_role')").query(String.class).single();
    }
}
