package lt.pagalba;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import lt.pagalba.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** While PostgreSQL is down, a write is a 503 with Retry-After (problem JSON in the API), not a 500; health says DOWN. */
class DatabaseDownTests {

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext pagalba;
    private static int port;
    private static String token;

    @BeforeAll
    static void startThenStopTheDatabase() throws Exception {
        database = EmbeddedPostgres.builder().setDataDirectory(Path.of("target", "test-data", "down-" + UUID.randomUUID()))
                .setCleanDataDirectory(true).start();
        pagalba = new SpringApplicationBuilder(PagalbaApplication.class).run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-timeout=1000", "--server.port=0", "--pagalba.jobs.enabled=false",
                "--spring.main.banner-mode=off");
        port = ((WebServerApplicationContext) pagalba).getWebServer().getPort();
        Api admin = Api.at(port).basic("admin", "admin-password-for-tests");
        token = admin.post("/api/v1/staff/admin/tokens", "{\"name\":\"tamsa\"}").field("token");
        assertThat(Api.at(port).bearer(token).get("/api/v1/staff").status()).as("up before, and the token known").isEqualTo(200);
        database.close();
    }

    @AfterAll
    static void stop() {
        if (pagalba != null) {
            pagalba.close();
        }
    }

    @Test
    void anApiWriteIsA503WithRetryAfter() throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/clients"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"UAB Tamsa\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aPageIsA503WithRetryAfter() throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pagalba")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("Duomenų bazė šiuo metu nepasiekiama");
        var login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isIn(403, 503);
    }

    @Test
    void healthIsDownWithoutItsDatabase() throws Exception {
        var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
    }
}
