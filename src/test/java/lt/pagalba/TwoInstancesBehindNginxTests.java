package lt.pagalba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import lt.pagalba.support.Api;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of Pagalba on one external PostgreSQL behind Debian's nginx, configured by
 * {@code deploy/nginx.conf} itself (its ports changed, TLS left out): a staff member's session holds
 * whichever instance answers, a live notice reaches a page whatever instance the event happened on,
 * a billing run started on both at once issues its invoices once, and the public form's rate limit
 * counts the calls to both.
 */
class TwoInstancesBehindNginxTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final int FORM_LIMIT = 3;

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Process nginx;
    private static int nginxPort;

    @BeforeAll
    static void startTheCluster() throws Exception {
        database = EmbeddedPostgres.builder().setDataDirectory(Path.of("target", "test-data", "cluster-" + UUID.randomUUID()))
                .setCleanDataDirectory(true).start();
        first = instance();
        second = instance();
        nginxPort = freePort();
        nginx = startNginx(port(first), port(second));
    }

    @AfterAll
    static void stopTheCluster() throws IOException {
        if (nginx != null) {
            nginx.destroy();
        }
        for (var instance : new ConfigurableApplicationContext[]{first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aStaffSessionHoldsOnWhicheverInstanceAnswers() {
        WebSession browser = WebSession.loggedIn(nginxPort, ADMIN, ADMIN_PASSWORD);
        for (int i = 0; i < 6; i++) {
            assertThat(browser.get("/").html()).as("call %d through nginx", i).doesNotContain("id=\"login-form\"");
        }
        assertThat(browser.at(port(first)).get("/").html()).doesNotContain("id=\"login-form\"");
        assertThat(browser.at(port(second)).get("/").html()).doesNotContain("id=\"login-form\"");

        browser.at(port(first)).submit("/", "/logout", Map.of());
        assertThat(browser.at(port(second)).get("/").html()).as("logged out on both").contains("id=\"login-form\"");
    }

    @Test
    void aLiveNoticeReachesAPageWhicheverInstanceTheRequestWasRegisteredOn() {
        WebSession browser = WebSession.loggedIn(nginxPort, ADMIN, ADMIN_PASSWORD);
        List<String> events = new CopyOnWriteArrayList<>();
        browser.stream("/notifications/stream", events::add);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("event:ready"));

        String onFirst = urgentRequest(Api.at(port(first)).basic(ADMIN, ADMIN_PASSWORD));
        String onSecond = urgentRequest(Api.at(port(second)).basic(ADMIN, ADMIN_PASSWORD));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(String.join("\n", events))
                .contains("event:urgentUnassigned").contains(onFirst).contains(onSecond));
    }

    @Test
    void aBillingRunStartedOnBothInstancesAtOnceIssuesItsInvoicesOnce() {
        Api admin = Api.at(nginxPort).basic(ADMIN, ADMIN_PASSWORD);
        String accountant = "buh" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.post("/api/v1/staff", """
                {"username":"%s","firstName":"Rita","lastName":"Ritaitė","email":"%s@stekas.lt","roles":["ACCOUNTANT"],
                 "password":"a-long-enough-password"}""".formatted(accountant, accountant)).status()).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            billableClient(admin, "UAB Klasteris " + i);
        }
        String body = "{\"period\":\"2004-05\"}";
        var onFirst = CompletableFuture.supplyAsync(() -> Api.at(port(first)).basic(accountant, "a-long-enough-password")
                .post("/api/v1/billing-runs", body));
        var onSecond = CompletableFuture.supplyAsync(() -> Api.at(port(second)).basic(accountant, "a-long-enough-password")
                .post("/api/v1/billing-runs", body));
        var a = onFirst.join();
        var b = onSecond.join();
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(b.status()).as(b.text()).isEqualTo(200);
        assertThat(numbers(a)).hasSize(3).isEqualTo(numbers(b));
        JdbcClient jdbc = JdbcClient.create(database.getPostgresDatabase());
        assertThat(jdbc.sql("SELECT count(*) FROM invoice WHERE run_period = '2004-05'").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void thePublicFormsRateLimitCountsTheCallsToBothInstances() {
        WebSession stranger = new WebSession(nginxPort);
        for (int i = 1; i <= FORM_LIMIT; i++) {
            var answer = stranger.submit("/pagalba/papildyti", "/pagalba/papildyti", Map.of("number", "2026-000001", "email", "x@y.lt"));
            assertThat(answer.status()).as("call %d", i).isNotEqualTo(429);
        }
        var refused = stranger.submit("/pagalba/papildyti", "/pagalba/papildyti", Map.of("number", "2026-000001", "email", "x@y.lt"));
        assertThat(refused.status()).isEqualTo(429);
    }

    private static String urgentRequest(Api admin) {
        Map<String, Object> body = Fixtures.phoneRequest("UAB Skubu " + UUID.randomUUID().toString().substring(0, 6), "skubu@klientas.lt");
        body.put("urgent", true);
        var created = admin.post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("number");
    }

    /** A client with an hourly rate and 90 minutes of work in May 2004. */
    private static void billableClient(Api admin, String name) {
        var client = admin.post("/api/v1/clients", "{\"name\":\"%s\",\"billing\":{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}}".formatted(name));
        assertThat(client.status()).as(client.text()).isEqualTo(201);
        var request = Fixtures.phoneRequest(null, "ona@klasteris.lt");
        request.put("clientId", client.field("id"));
        String requestId = admin.post("/api/v1/requests", JSON.writeValueAsString(request)).field("id");
        JdbcClient.create(database.getPostgresDatabase()).sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), 'admin', :day, 90, 'PHONE', 'CONSULTATION',
                  'Konsultacija', now(), 'admin')""").param("id", UUID.randomUUID()).param("request", requestId)
                .param("client", client.field("id")).param("day", LocalDate.of(2004, 5, 10)).update();
    }

    private static Set<String> numbers(Api.Response run) {
        var numbers = new TreeSet<String>();
        run.json().path("invoices").forEach(invoice -> numbers.add(invoice.path("number").asString()));
        return numbers;
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(PagalbaApplication.class).run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=0", "--pagalba.jobs.enabled=false", "--spring.main.banner-mode=off",
                "--server.forward-headers-strategy=native", "--pagalba.web-form.max-per-hour=" + FORM_LIMIT);
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    /** Debian's nginx with deploy/nginx.conf as the site: the instances' ports put in, HTTPS left out. */
    private static Process startNginx(int one, int two) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "nginx-");
        String site = Files.readString(Path.of("deploy", "nginx.conf"), StandardCharsets.UTF_8)
                .replace("127.0.0.1:8081", "127.0.0.1:" + one).replace("127.0.0.1:8082", "127.0.0.1:" + two)
                .replaceAll("(?s)# plain HTTP only.*?\n}\n", "")
                .replaceAll("listen 443 ssl http2;", "listen 127.0.0.1:" + nginxPort + ";")
                .replaceAll("(?m)^\\s*(listen \\[::]:443.*|ssl_.*)$", "");
        for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(dir.resolve(temp)).toFile().setWritable(true, false);
        }
        dir.toFile().setWritable(true, false);
        String conf = """
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 256; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(dir, site);
        Path file = Files.writeString(dir.resolve("nginx.conf"), conf);
        Path binary = Path.of("/usr/sbin/nginx");
        assertThat(binary).as("Debian's nginx (.ci/run installs it)").isExecutable();
        Process process = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", file.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> answers(nginxPort) || !process.isAlive());
        assertThat(process.isAlive()).as("nginx: " + Files.readString(dir.resolve("stdout.log"))
                + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : "")).isTrue();
        return process;
    }

    private static boolean answers(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
