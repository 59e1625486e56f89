package lt.pagalba;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import lt.pagalba.operations.DatabaseBackup;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar pagalba.jar --restore <file>}: replaces the embedded database under
 * {@code PAGALBA_DATA_DIR} with a backup, then exits. Pagalba must be stopped first; the next start
 * migrates the restored data to the running version as usual.
 */
final class Restore {

    private static final Logger log = LoggerFactory.getLogger(Restore.class);

    private Restore() {
    }

    /** Whether the command line asks for a restore rather than a start. */
    static boolean asked(String[] args) {
        return args.length == 2 && args[0].equals("--restore");
    }

    static void fromCommandLine(String[] args) throws IOException, SQLException {
        String dataDir = System.getProperty("pagalba.data-dir", System.getenv().getOrDefault("PAGALBA_DATA_DIR", "./data"));
        restore(Path.of(args[1]), Path.of(dataDir));
    }

    /** The database under {@code dataDir} afterwards holds what the backup holds, and nothing else. */
    static void restore(Path backup, Path dataDir) throws IOException, SQLException {
        if (!Files.isRegularFile(backup)) {
            throw new IOException("No backup at " + backup.toAbsolutePath());
        }
        DatabaseBackup.Manifest manifest = DatabaseBackup.manifest(backup);
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDir, true)) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("DROP SCHEMA public CASCADE");
                sql.execute("CREATE SCHEMA public");
            }
            Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration")
                    .target(manifest.flywayVersion()).load().migrate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                DatabaseBackup.load(connection, backup);
            }
        }
        log.info("Restored {} ({} tables, schema {}) into {}", backup, manifest.tables().size(), manifest.flywayVersion(), dataDir);
    }
}
