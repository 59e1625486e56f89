package lt.pagalba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import lt.pagalba.operations.NightlyBackup;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of the embedded database restored with {@code --restore} into an empty data directory
 * (the disk was lost) and over a full one (the data went wrong): every request, invoice and row is
 * back, and only the newest 14 backups are kept.
 */
class RestoreTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COUNTED = List.of("support_request", "invoice", "invoice_line", "client", "contact",
            "work_entry", "staff_member", "audit_entry", "request_event", "outbox_message");

    @Autowired
    NightlyBackup backups;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBackupRestoredIntoAnEmptyOrAFullDataDirectoryHoldsEveryRequestAndInvoice() throws Exception {
        String number = anInvoicedRequest();
        Map<String, Long> before = counts(jdbc);
        Path backup = backups.backUp();
        assertThat(counts(jdbc)).as("nothing was written meanwhile").isEqualTo(before);
        assertThat(before.get("invoice")).isPositive();

        Path lost = Files.createTempDirectory(Path.of("target"), "restored-");
        for (int time = 1; time <= 2; time++) {
            if (time == 1) {
                restoreFromTheCommandLine(backup, lost);
            } else {
                Restore.restore(backup, lost);
            }
            try (EmbeddedPostgres restored = EmbeddedDatabaseConfiguration.start(lost, false)) {
                JdbcClient back = JdbcClient.create(restored.getPostgresDatabase());
                assertThat(counts(back)).as("restore " + time).isEqualTo(before);
                assertThat(back.sql("SELECT count(*) FROM support_request WHERE number = :n AND summary <> 'sugadinta'").param("n", number).query(Long.class).single())
                        .isEqualTo(1);
                assertThat(back.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single()).isZero();
                // over data that went wrong: the next restore puts back what the backup holds, and only that
                back.sql("DELETE FROM invoice_line").update();
                back.sql("UPDATE support_request SET summary = 'sugadinta' WHERE number = :n").param("n", number).update();
            }
        }
    }

    @Test
    void onlyTheNewestFourteenBackupsAreKept() throws Exception {
        Path newest = null;
        for (int i = 0; i < 16; i++) {
            newest = backups.backUp();
        }
        List<Path> kept = backups.backups();
        assertThat(kept).hasSize(14).first().isEqualTo(newest);
    }

    @Test
    void aFileThatIsNoBackupIsRefusedBeforeAnythingChanges() throws Exception {
        Path notABackup = Files.writeString(Files.createTempFile(Path.of("target"), "not-a-backup", ".zip"), "nothing");
        Path dataDir = Files.createTempDirectory(Path.of("target"), "untouched-");
        assertThatThrownBy(() -> Restore.restore(notABackup, dataDir)).hasMessageContaining("not a Pagalba backup");
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    /** {@code java -jar pagalba.jar --restore <file>} with {@code PAGALBA_DATA_DIR} given as a system property. */
    private static void restoreFromTheCommandLine(Path backup, Path dataDir) throws Exception {
        System.setProperty("pagalba.data-dir", dataDir.toString());
        try {
            PagalbaApplication.main(new String[]{"--restore", backup.toString()});
        } finally {
            System.clearProperty("pagalba.data-dir");
        }
    }

    private String anInvoicedRequest() {
        String clientId = client(unique("UAB Atsarginė "));
        var request = Fixtures.phoneRequest(null, "ona@atsargine.lt");
        request.put("clientId", clientId);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(request));
        String requestId = created.field("id");
        // a month no other test bills: a month runs once (B6), and a random one here could take another test's
        int year = 2010;
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), 'admin', :day, 90, 'PHONE', 'CONSULTATION',
                  'Konsultacija', now(), 'admin')""").param("id", UUID.randomUUID()).param("request", requestId)
                .param("client", clientId).param("day", LocalDate.of(year, 11, 10)).update();
        String accountant = unique("atsarg");
        staffMember(accountant, "ACCOUNTANT");
        var run = api().basic(accountant, PASSWORD).post("/api/v1/billing-runs", "{\"period\":\"%d-11\"}".formatted(year));
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        return created.field("number");
    }

    private static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }
}
