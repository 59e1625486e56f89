package lt.pagalba;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lt.pagalba.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as a user runs it, in its own JVM with durable storage: data survives a clean restart and
 * a {@code kill -9}, after which the orphaned PostgreSQL is stopped and the data reused.
 */
class RestartTests {

    private static final String ADMIN_PASSWORD = "restart-admin-password";

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void dataSurvivesARestartAndAKill() throws Exception {
        int port = freePort();
        Process first = start(port);
        String clientId;
        try {
            Api admin = awaitUp(port, first).basic("admin", ADMIN_PASSWORD);
            var created = admin.post("/api/v1/clients", "{\"name\": \"UAB Išliekantis\", \"companyCode\": \"300000010\"}");
            assertThat(created.status()).isEqualTo(201);
            clientId = created.field("id");
        } finally {
            stop(first);
        }

        Process second = start(port);
        try {
            Api admin = awaitUp(port, second).basic("admin", ADMIN_PASSWORD);
            assertThat(admin.get("/api/v1/clients/" + clientId).field("name")).isEqualTo("UAB Išliekantis");
            assertThat(admin.get("/api/v1/staff").json().path("total").asInt()).as("the first admin is made once").isEqualTo(1);
            assertThat(admin.post("/api/v1/clients", "{\"name\": \"UAB Prieš kritimą\"}").status()).isEqualTo(201);
        } finally {
            second.destroyForcibly().waitFor();   // kill -9: the PostgreSQL child is left running
        }
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("the orphan holds the data").isTrue();

        Process third = start(port);
        try {
            Api admin = awaitUp(port, third).basic("admin", ADMIN_PASSWORD);
            assertThat(admin.get("/api/v1/clients?q=" + java.net.URLEncoder.encode("prieš kritimą", "UTF-8"))
                    .json().path("total").asInt()).as("acknowledged before the kill, kept after it").isEqualTo(1);
            assertThat(admin.get("/api/v1/clients/" + clientId).status()).isEqualTo(200);
        } finally {
            stop(third);
        }
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the quick compiler only: each of the three JVMs lives for one start and a few calls, where C2's
        // compiling costs more than it wins back (measured: 139 CPU-seconds for the test without, 82 with)
        List<String> command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), PagalbaApplication.class.getName(),
                "--server.port=" + port, "--pagalba.data-dir=" + dataDir, "--pagalba.database.durable=true",
                "--pagalba.admin.password=" + ADMIN_PASSWORD, "--logging.level.root=WARN");
        File log = dataDir.resolve("app-" + System.nanoTime() + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static Api awaitUp(int port, Process process) throws InterruptedException {
        Api api = Api.at(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the app is still starting").isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return api;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The app did not come up on port " + port);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();   // SIGTERM: Spring closes, PostgreSQL shuts down cleanly
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
