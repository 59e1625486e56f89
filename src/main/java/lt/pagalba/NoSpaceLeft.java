package lt.pagalba;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/**
 * The embedded PostgreSQL cannot start for want of disk space. PostgreSQL itself says only "initdb
 * failed" or nothing before a timeout, so the space is measured before the start and again after a
 * failed one, and Pagalba stops with the cause and the path named.
 */
final class NoSpaceLeft extends IllegalStateException {

    /** Less than this free on the data's disk, and PostgreSQL would fail on its first WAL segments. */
    static final long MINIMUM_BYTES = 64L * 1024 * 1024;

    private final transient Path where;

    private NoSpaceLeft(Path where, long free, Throwable cause) {
        super("No space left on device for the embedded PostgreSQL in " + where + ": " + megabytes(free) + " free", cause);
        this.where = where;
    }

    /** Refuses to start on a disk that is (nearly) full. */
    static void requireRoom(Path directory) throws IOException {
        requireRoom(directory, MINIMUM_BYTES);
    }

    /** Refuses to start with less than {@code minimum} bytes free where the data lives. */
    static void requireRoom(Path directory, long minimum) throws IOException {
        long free = Files.getFileStore(directory).getUsableSpace();
        if (free < minimum) {
            throw new NoSpaceLeft(directory, free, null);
        }
    }

    /** After a failed start: a full disk (the data's, or the temporary one the server is unpacked to) is named as the cause. */
    static RuntimeException explain(Exception failure, Path data, Path unpacked) {
        for (Path directory : new Path[]{data, unpacked}) {
            try {
                long free = Files.getFileStore(directory).getUsableSpace();
                String root = String.valueOf(NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
                if (free < MINIMUM_BYTES || root.contains("No space left on device") && directory == unpacked) {
                    return new NoSpaceLeft(directory, free, failure);
                }
            } catch (IOException unmeasurable) {
                // fall back to the failure as it was
            }
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** What Spring Boot prints instead of a stack trace when this stops the start. */
    static final class Analyzer extends AbstractFailureAnalyzer<NoSpaceLeft> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, NoSpaceLeft cause) {
            return new FailureAnalysis(cause.getMessage() + ".",
                    "Free space on the disk of " + cause.where + " (at least " + megabytes(MINIMUM_BYTES)
                            + "), or point PAGALBA_DATA_DIR at a disk with room, and start Pagalba again.", cause);
        }
    }
}
