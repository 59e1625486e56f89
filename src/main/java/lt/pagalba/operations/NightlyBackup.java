package lt.pagalba.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import lt.pagalba.shared.Vilnius;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Backups of the embedded database into {@code <data>/backups}, the newest {@link #KEPT} kept. An
 * external PostgreSQL is backed up by its own means (docs/deploy.md), so there is nothing to do then.
 * The schedule is {@link ScheduledBackup}'s; restoring is {@code java -jar pagalba.jar --restore <file>}.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class NightlyBackup {

    static final int KEPT = 14;
    static final String SUFFIX = ".pagalba-backup";
    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final DataSource dataSource;
    private final Path directory;

    NightlyBackup(DataSource dataSource, @Value("${pagalba.data-dir}") Path dataDir) {
        this.dataSource = dataSource;
        this.directory = dataDir.resolve("backups").toAbsolutePath();
    }

    /** Backs the database up now and forgets the oldest backups beyond the newest {@value #KEPT}; returns the new file. */
    public Path backUp() throws IOException, SQLException {
        Files.createDirectories(directory);
        Path file = directory.resolve("pagalba-" + ZonedDateTime.now(Vilnius.ZONE).format(STAMP) + SUFFIX);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseBackup.Manifest manifest = DatabaseBackup.write(connection, file);
            log.info("Backed up {} tables (schema {}) to {} in {} ms ({} bytes)", manifest.tables().size(), manifest.flywayVersion(),
                    file, (System.nanoTime() - started) / 1_000_000, Files.size(file));
        }
        for (Path old : backups().stream().skip(KEPT).toList()) {
            Files.delete(old);
            log.info("Removed the old backup {}", old);
        }
        return file;
    }

    /** The backups there are, newest first. */
    public List<Path> backups() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        }
    }
}
