package lt.pagalba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A full disk at start is named, with its path, instead of "initdb failed" or a timeout. */
class NoSpaceLeftTests {

    @Test
    void tooLittleRoomIsNamedWithThePathAndWhatToDo() throws IOException {
        Path data = Files.createTempDirectory(Path.of("target"), "full-");
        assertThatThrownBy(() -> NoSpaceLeft.requireRoom(data, Long.MAX_VALUE))
                .isInstanceOf(NoSpaceLeft.class)
                .hasMessageContaining("No space left on device").hasMessageContaining(data.toString())
                .satisfies(failure -> {
                    FailureAnalysis analysis = new NoSpaceLeft.Analyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains("No space left on device", data.toString());
                    assertThat(analysis.getAction()).contains("PAGALBA_DATA_DIR", data.toString());
                });
    }

    /** On a real 2 MB disk (a tmpfs; only where this user may mount one, as root on CI machines). */
    @Test
    void theEmbeddedDatabaseOnAFullDiskStopsWithTheCause() throws Exception {
        Path tiny = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "tiny-disk-");
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", tiny.toString())
                .redirectErrorStream(true).start();
        assumeThat(mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0).as("may mount a tmpfs").isTrue();
        try {
            assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.start(tiny, false))
                    .isInstanceOf(NoSpaceLeft.class)
                    .hasMessageContaining("No space left on device").hasMessageContaining(tiny.toString());
        } finally {
            new ProcessBuilder("umount", tiny.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
