package lt.pagalba.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error under /api/v1 is a problem detail, whoever refused the call: a controller, Spring MVC
 * (no such path, a method the path does not take), or Tomcat before Spring saw it. And the small
 * things an outside tester checks: /error itself, Referrer-Policy, the session cookie.
 */
class ApiErrorsTests extends ApiTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownPathIsAProblem404() {
        var response = admin().language("en").get("/api/v1/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.field("detail")).isEqualTo("There is no such address.");
        assertThat(response.field("instance")).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void aMethodThePathDoesNotTakeIsAProblem405WithAllow() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(UTF_8)))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
    }

    @Test
    void whatTomcatRefusesIsAProblemToo() throws Exception {
        var encodedSlash = admin().get("/api/v1/clients/a%2Fb");
        assertThat(encodedSlash.status()).isEqualTo(400);
        assertThat(encodedSlash.contentType()).startsWith("application/problem+json");
        assertThat(encodedSlash.json().path("status").asInt()).isEqualTo(400);

        var hugeHeader = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff"))
                .header("X-Padding", "a".repeat(40 * 1024)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(hugeHeader.statusCode()).isEqualTo(400);
        assertThat(hugeHeader.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(hugeHeader.body()).contains("\"status\":400", "cannot be read");

        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/clients/a%2Fb")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Pagalba").doesNotContain("Tomcat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/staff", "/api/v1/clients", "/api/v1/requests", "/api/v1/invoices", "/api/v1/timesheets",
            "/api/v1/feedback", "/api/v1/working-calendar", "/api/v1/staff/admin", "/api/v1/staff/admin/tokens"})
    void aQueryParameterWithoutANameIsA400(String path) {
        var response = admin().get(path + "?=x");
        assertThat(response.status()).as(path + " " + response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPeriodOfTheYearZeroIsBadInputNotAConflict() {
        String clientId = client(unique("UAB Nulis "));
        var usage = admin().get("/api/v1/clients/" + clientId + "/usage?period=0000-01");
        assertThat(usage.status()).as(usage.text()).isEqualTo(422);
        assertThat(usage.errorFields()).containsExactly("period");
    }

    @Test
    void theErrorPageAskedForDirectlyNamesNothing() {
        for (var as : List.of(api(), admin())) {
            var response = as.get("/error");
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("text/html");
        }
    }

    @Test
    void pagesAndApiKeepTheirAddressToThemselvesAndTheSessionCookieIsSameSite() throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");

        var api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
}
