package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.CopyRows;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18, V84: the invoices', lines' and billed ranges' references to their client or invoice are checked
 * once per statement instead of by a foreign key row by row, and refuse what the foreign keys refused: a row
 * naming a client or invoice that does not exist (one bad row among a COPY's many is enough), a reference
 * changed to one that does not exist, and deleting a client or invoice that rows name or changing its id.
 * Each refusal is PostgreSQL's foreign-key violation (23503) naming the foreign key it replaces, and nothing
 * of the statement is kept.
 */
class ReferencesPerStatementTests extends ApiTestSupport {

    private static final String INVOICE_COLUMNS = """
            id, type, number, client_id, run_period, issue_date, due_date, seller, buyer, net, vat_rate, vat, gross,
            total_in_words, language, status, created_by, supply_date, vat_breakdown""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate copies;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void rowsNamingWhatDoesNotExistAreRefusedWholeAndWhatRowsNameIsNotDeleted() {
        UUID client = UUID.fromString(client(unique("UAB Nuorodos ")));
        UUID nobody = UUID.randomUUID();
        UUID invoice = UUID.randomUUID();

        // a COPY of many good rows and one naming no client: refused whole
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(invoiceRow(UUID.randomUUID(), client, unique("REF-"), "%04d-%02d".formatted(1950 + i / 12, i % 12 + 1)));
        }
        rows.add(invoiceRow(UUID.randomUUID(), nobody, unique("REF-"), "2003-04"));
        assertRefused(() -> inTransaction(() -> CopyRows.copy(copies, "invoice", INVOICE_COLUMNS, rows)),
                "invoice_client_id_fkey", nobody);
        assertThat(jdbc.sql("SELECT count(*) FROM invoice WHERE client_id = :c").param("c", client).query(Long.class).single())
                .as("nothing of the refused statement is kept").isZero();

        // the good ones alone are taken, and a line naming one of them too
        inTransaction(() -> CopyRows.copy(copies, "invoice", INVOICE_COLUMNS, List.<Object[]>of(invoiceRow(invoice, client, unique("REF-"), "2003-04"))));
        jdbc.sql("""
                INSERT INTO invoice_line (id, invoice_id, position, description, category, period, minutes, hours, unit_price, amount, vat_rate)
                VALUES (gen_random_uuid(), :invoice, 1, 'Konsultacijos', 'CONSULTATION', '2003-04', 60, 1.00, 45.00, 45.00, 21)""")
                .param("invoice", invoice).update();
        UUID noInvoice = UUID.randomUUID();
        assertRefused(() -> jdbc.sql("""
                INSERT INTO invoice_line (id, invoice_id, position, description, category, period, minutes, hours, unit_price, amount, vat_rate)
                VALUES (gen_random_uuid(), :invoice, 1, 'Konsultacijos', 'CONSULTATION', '2003-04', 60, 1.00, 45.00, 45.00, 21)""")
                .param("invoice", noInvoice).update(), "invoice_line_invoice_id_fkey", noInvoice);
        assertRefused(() -> jdbc.sql("""
                INSERT INTO billed_range (client_id, category, period_from, period_to, seq_from, seq_to, lock_ref, billed_at)
                VALUES (:client, 'CONSULTATION', DATE '2003-04-01', DATE '2003-04-30', 0, 1, 'run:2003-04', now())""")
                .param("client", nobody).update(), "billed_range_client_id_fkey", nobody);

        // a reference changed to nothing
        assertRefused(() -> jdbc.sql("UPDATE invoice SET client_id = :nobody WHERE id = :id").param("nobody", nobody)
                .param("id", invoice).update(), "invoice_client_id_fkey", nobody);
        assertRefused(() -> jdbc.sql("UPDATE invoice_line SET invoice_id = :none WHERE invoice_id = :id").param("none", noInvoice)
                .param("id", invoice).update(), "invoice_line_invoice_id_fkey", noInvoice);
        // a status change, as every invoice has, is not a change of reference
        assertThat(jdbc.sql("UPDATE invoice SET status = 'SENT' WHERE id = :id").param("id", invoice).update()).isEqualTo(1);

        // what rows name is neither deleted nor given another id
        assertRefused(() -> jdbc.sql("DELETE FROM invoice WHERE id = :id").param("id", invoice).update(),
                "invoice_line_invoice_id_fkey", invoice);
        assertRefused(() -> jdbc.sql("UPDATE invoice SET id = :other WHERE id = :id").param("other", UUID.randomUUID())
                .param("id", invoice).update(), "invoice_line_invoice_id_fkey", invoice);
        assertRefused(() -> jdbc.sql("DELETE FROM client WHERE id = :id").param("id", client).update(),
                "_client_id_fkey", client);
        assertThat(jdbc.sql("SELECT count(*) FROM invoice_line WHERE invoice_id = :id").param("id", invoice).query(Long.class).single())
                .isEqualTo(1);

        // a client nothing names can still go, as the foreign keys allowed
        UUID unnamed = UUID.fromString(client(unique("UAB Niekieno ")));
        assertThat(jdbc.sql("DELETE FROM client WHERE id = :id").param("id", unnamed).update()).isEqualTo(1);
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    /** A proforma's row (one per client and run: each of a client's has its own run). */
    private static Object[] invoiceRow(UUID id, UUID client, String number, String run) {
        return new Object[]{id, "PROFORMA", number, client, run, java.time.LocalDate.of(2003, 5, 1),
                java.time.LocalDate.of(2003, 5, 15), "{\"name\":\"UAB Stekas\"}", "{\"name\":\"UAB Pirkėjas\"}",
                new java.math.BigDecimal("45.00"), new java.math.BigDecimal("21.00"), new java.math.BigDecimal("9.45"),
                new java.math.BigDecimal("54.45"), "penkiasdešimt keturi eurai 45 ct", "lt", "ISSUED", "test",
                java.time.LocalDate.of(2003, 4, 30), "[]"};
    }

    private static void assertRefused(Runnable statement, String constraint, UUID key) {
        assertThatThrownBy(statement::run).isInstanceOf(DataAccessException.class).satisfies(e -> {
            SQLException cause = (SQLException) ((DataAccessException) e).getMostSpecificCause();
            assertThat(cause.getSQLState()).as(cause.getMessage()).isEqualTo("23503");
            assertThat(cause.getMessage()).contains(constraint).contains(key.toString());
        });
    }
}
