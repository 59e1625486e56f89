package lt.pagalba.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A whole database in one file, and back. The embedded PostgreSQL brings no {@code pg_dump} (zonky
 * packs only {@code initdb}, {@code pg_ctl} and {@code postgres}), and Debian's is older than the
 * server, so the dump is PostgreSQL's own binary {@code COPY} of every table, read in one snapshot,
 * with the Flyway version of the schema and the sequences' values: a ZIP of {@code manifest.properties},
 * {@code sequences.properties} and {@code tables/<name>}. A restore builds that schema with Flyway and
 * copies the rows back with foreign keys unchecked (they held when the snapshot was taken).
 */
public final class DatabaseBackup {

    private static final String MANIFEST = "manifest.properties";
    private static final String SEQUENCES = "sequences.properties";
    private static final String TABLES = "tables/";

    private DatabaseBackup() {
    }

    /** What a backup holds: the schema version it needs and its tables, in the order they were written. */
    public record Manifest(String flywayVersion, List<String> tables) {
    }

    /** Writes every table of the public schema, as one snapshot, to {@code file} (whole or not at all). */
    public static Manifest write(Connection connection, Path file) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Manifest manifest;
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                manifest = new Manifest(single(connection, "SELECT version FROM flyway_schema_history"
                        + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1"),
                        list(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                                + " AND tablename <> 'flyway_schema_history' ORDER BY tablename"));
                writeTo(zip, connection, manifest);
            }
            Files.move(partial, file);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
            connection.rollback();
            connection.setReadOnly(false);
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void writeTo(ZipOutputStream zip, Connection connection, Manifest manifest) throws SQLException, IOException {
        Properties head = new Properties();
        head.setProperty("format", "1");
        head.setProperty("flyway", manifest.flywayVersion());
        head.setProperty("tables", String.join(",", manifest.tables()));
        entry(zip, MANIFEST, head);
        entry(zip, SEQUENCES, sequences(connection));
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (String table : manifest.tables()) {
            zip.putNextEntry(new ZipEntry(TABLES + table));
            copy.copyOut("COPY " + quoted(table) + " TO STDOUT (FORMAT binary)", zip);
            zip.closeEntry();
        }
    }

    /** The manifest at the head of a backup, read before a restore changes anything. */
    public static Manifest manifest(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(MANIFEST)) {
                throw new IOException(file + " is not a Pagalba backup");
            }
            Properties head = properties(zip);
            String tables = head.getProperty("tables", "");
            return new Manifest(head.getProperty("flyway"), tables.isEmpty() ? List.of() : List.of(tables.split(",")));
        }
    }

    /**
     * Loads a backup into a database whose schema Flyway has just built to the backup's version:
     * what the migrations put in (seed rows) gives way to the backup's rows, in one transaction.
     */
    public static void load(Connection connection, Path file) throws SQLException, IOException {
        Manifest manifest = manifest(file);
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement(); ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            // the rows arrive table by table, not in the order their foreign keys need
            sql.execute("SET LOCAL session_replication_role = replica");
            sql.execute("TRUNCATE " + String.join(", ", manifest.tables().stream().map(DatabaseBackup::quoted).toList()));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(SEQUENCES)) {
                    for (var sequence : properties(zip).entrySet()) {
                        sql.execute("SELECT setval('" + quoted(sequence.getKey().toString()) + "', " + Long.parseLong(sequence.getValue().toString()) + ")");
                    }
                } else if (entry.getName().startsWith(TABLES)) {
                    copy.copyIn("COPY " + quoted(entry.getName().substring(TABLES.length())) + " FROM STDIN (FORMAT binary)", unclosable(zip));
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static Properties sequences(Connection connection) throws SQLException {
        Properties values = new Properties();
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL")) {
            while (rows.next()) {
                values.setProperty(rows.getString(1), Long.toString(rows.getLong(2)));
            }
        }
        return values;
    }

    private static void entry(ZipOutputStream zip, String name, Properties content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.store(zip, null);
        zip.closeEntry();
    }

    private static Properties properties(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(unclosable(in));
        return properties;
    }

    private static InputStream unclosable(InputStream in) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in.read(b, off, len);
            }
        };
    }

    private static String single(Connection connection, String query) throws SQLException {
        List<String> values = list(connection, query);
        if (values.isEmpty()) {
            throw new SQLException("The database has no schema to back up (" + query + ")");
        }
        return values.get(0);
    }

    private static List<String> list(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Names come from the catalogue, never from a caller; quoted all the same. */
    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
