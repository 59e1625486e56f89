package lt.pagalba;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After {@code kill -9} of the JVM the embedded PostgreSQL server keeps running and holds
 * {@code postmaster.pid}; a new start would then wait and fail. This stops such an orphan cleanly
 * (SIGTERM: PostgreSQL finishes its checkpoint) before the data directory is reused.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
        if (postmaster.isEmpty()) {
            return; // a stale file: PostgreSQL itself removes it on start
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping PostgreSQL left running by an earlier start (pid {})", process.pid());
        process.destroy();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (Files.exists(pidFile) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the old PostgreSQL to stop", e);
            }
        }
        if (Files.exists(pidFile) && process.isAlive()) {
            throw new IOException("PostgreSQL (pid " + process.pid() + ") still holds " + dataDirectory);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }
}
