package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on the creating POSTs, over HTTP (issue 13 item 3): a client that retries a call
 * whose answer it lost gets the first answer and no second request; a key is per caller; another body under
 * the same key is a 422 naming the header; a refused call keeps no key.
 */
class IdempotencyKeyTests extends ApiTestSupport {

    @Autowired
    DataSource dataSource;
    @Autowired
    IdempotencyKeys keys;
    @Autowired
    JdbcClient jdbc;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theSameKeyGetsTheFirstAnswerAndRegistersOneRequest() throws Exception {
        String marker = unique("Kartojasi");
        String body = registration(marker);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", key, body);
        HttpResponse<String> again = post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(requestsAbout(marker)).isEqualTo(1);
    }

    @Test
    void twoCallsAtOnceWithOneKeyRegisterOneRequestAndGetOneAnswer() {
        String marker = unique("Vienukart");
        String body = registration(marker);
        String key = UUID.randomUUID().toString();

        List<HttpResponse<String>> answers = List.of(1, 2, 3).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", key, body)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers).extracting(a -> number(a)).containsOnly(number(answers.get(0)));
        assertThat(requestsAbout(marker)).isEqualTo(1);
    }

    @Test
    void anotherBodyUnderTheSameKeyIsRefusedNamingTheHeader() {
        String key = UUID.randomUUID().toString();
        assertThat(post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", key, registration(unique("Pirmas"))).statusCode()).isEqualTo(201);

        HttpResponse<String> other = post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", key, registration(unique("Kitas")));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(other.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(problem.path("errors").get(0).path("code").asString()).isEqualTo("reused");
    }

    @Test
    void aKeyIsTheCallersOwnAndARefusedCallKeepsNone() {
        String key = UUID.randomUUID().toString();
        String other = unique("kitas");
        staffMember(other, "ADMINISTRATOR");
        String marker = unique("Savas");
        var incomplete = Fixtures.phoneRequest("UAB " + marker, "ona@savas.lt");
        incomplete.remove("summary");

        HttpResponse<String> refused = post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", key, JSON.writeValueAsString(incomplete));
        HttpResponse<String> mine = post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", key, registration(marker));
        HttpResponse<String> theirs = post(other, PASSWORD, "/api/v1/requests", key, registration(marker));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(number(theirs)).isNotEqualTo(number(mine));
        assertThat(requestsAbout(marker)).isEqualTo(2);
    }

    @Test
    void otherCreatingPostsTakeTheKeyToo() {
        String name = unique("UAB Idempotentas ");
        String body = "{\"name\":\"%s\",\"companyCode\":\"%s\"}".formatted(name, companyCode());
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(ADMIN, ADMIN_PASSWORD, "/api/v1/clients", key, body);
        HttpResponse<String> again = post(ADMIN, ADMIN_PASSWORD, "/api/v1/clients", key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(admin().get("/api/v1/clients?q=" + name.replace(" ", "+")).json().path("total").asLong()).isEqualTo(1);
    }

    /**
     * The writer of registrations is held up (another transaction holds the year's number counter): a
     * registration it took is answered 201 once written, however long that takes, and one still waiting
     * when its caller gives up ({@code pagalba.registration.wait-seconds}: 30 s, 12 s in the tests) is withdrawn
     * and answered 503 with Retry-After — never written.
     */
    @Test
    void aRegistrationIsNever5xxOnceWrittenAndA503IsNeverWritten() throws Exception {
        String taken = unique("Paimtas");
        String waiting = unique("Laukia");
        try (Connection counter = dataSource.getConnection()) {
            counter.createStatement().execute("INSERT INTO request_number (year, last) VALUES (%d, 0) ON CONFLICT DO NOTHING"
                    .formatted(Vilnius.today().getYear()));
            counter.setAutoCommit(false);
            counter.createStatement().execute("SELECT * FROM request_number WHERE year = %d FOR UPDATE"
                    .formatted(Vilnius.today().getYear()));
            var first = CompletableFuture.supplyAsync(() -> post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", null, registration(taken)));
            Thread.sleep(3_000); // the writer takes it and waits for the counter
            var second = CompletableFuture.supplyAsync(() -> post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", null, registration(waiting)));

            HttpResponse<String> withdrawn = second.get(90, TimeUnit.SECONDS);
            assertThat(withdrawn.statusCode()).isEqualTo(503);
            assertThat(withdrawn.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(withdrawn.body()).path("detail").asString()).contains("neužregistruotas");
            assertThat(first).isNotDone();
            counter.rollback();
            assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        }
        assertThat(requestsAbout(taken)).isEqualTo(1);
        assertThat(requestsAbout(waiting)).isZero();
    }

    private String registration(String marker) {
        var body = Fixtures.phoneRequest("UAB " + marker, "ona@" + marker.toLowerCase() + ".lt");
        body.put("summary", marker + " neatsidaro ataskaita");
        return JSON.writeValueAsString(body);
    }

    @Test
    void theNightlyCleanUpForgetsAnswersPastTheir24HoursAndKeepsTheOthers() {
        String expired = UUID.randomUUID().toString();
        String current = UUID.randomUUID().toString();
        assertThat(post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", expired, registration(unique("Pasenes"))).statusCode()).isEqualTo(201);
        assertThat(post(ADMIN, ADMIN_PASSWORD, "/api/v1/requests", current, registration(unique("Galioja"))).statusCode()).isEqualTo(201);
        jdbc.sql("UPDATE api_idempotency_key SET created_at = now() - interval '25 hours' WHERE key = :k").param("k", expired).update();

        keys.forgetExpired(); // what the nightly job does (jobs are off in tests)

        assertThat(stored(expired)).isZero();
        assertThat(stored(current)).isOne();
    }

    private long stored(String key) {
        return jdbc.sql("SELECT count(*) FROM api_idempotency_key WHERE key = :k").param("k", key).query(Long.class).single();
    }

    private HttpResponse<String> post(String user, String password, String path, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String number(HttpResponse<String> answer) {
        return JSON.readTree(answer.body()).path("number").asString();
    }

    private long requestsAbout(String marker) {
        return admin().get("/api/v1/requests?q=" + marker).json().path("total").asLong();
    }
}
