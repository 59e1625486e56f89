package lt.pagalba.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile input to the statement and report-subscription API: every refusal is a problem detail
 * naming the fields, never a 500 or a misleading 409, and the subscription already stored stays as it was.
 */
class StatementBadInputTests extends StatementTestSupport {

    private static final String SUBSCRIPTION = "{\"email\":\"ona@zasu-ukis.lt\",\"requestedAt\":\"%s\","
            + "\"evidence\":\"email <opt-in@zasu-ukis.lt>\",\"frequency\":\"MONTH\"}";

    @Test
    void aMissingSubscriptionOrClientIsAProblemDetail() {
        String client = client("lt", "info@zasu-ukis.lt");
        var none = admin().get("/api/v1/clients/" + client + "/report-subscription");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.field("detail")).isNotBlank();

        var unknown = admin().get("/api/v1/clients/" + UUID.randomUUID() + "/report-subscription");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        var notAnId = admin().get("/api/v1/clients/not-an-id/report-subscription");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.contentType()).startsWith("application/problem+json");
    }

    @Test
    void timesAndDatesBeforePagalbaCouldHaveRecordedThemAreRefusedByField() {
        String client = client("lt", "info@zasu-ukis.lt");
        String path = "/api/v1/clients/" + client + "/report-subscription";
        assertThat(admin().put(path, SUBSCRIPTION.formatted("2011-10-01T10:00:00+03:00")).status()).isEqualTo(200);

        for (String ancient : new String[]{"-5000-10-01T10:00:00+03:00", "0000-01-01T00:00:00Z", "1899-12-31T10:00:00+02:00"}) {
            var refused = admin().put(path, SUBSCRIPTION.formatted(ancient));
            assertThat(refused.status()).as(ancient + ": " + refused.text()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("requestedAt");
        }
        assertThat(admin().get(path).field("requestedAt")).isEqualTo("2011-10-01T10:00:00+03:00");

        String statements = "/api/v1/clients/" + client + "/statements";
        for (String[] range : new String[][]{{"-5000-01-01", "-5000-01-31"}, {"0000-01-01", "0000-01-31"},
                {"1899-12-01", "1899-12-31"}}) {
            var refused = admin().post(statements, "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(range[0], range[1]));
            assertThat(refused.status()).as(range[0] + ": " + refused.text()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("from");
        }
        assertThat(admin().get(statements).json().path("total").asInt()).isZero();
    }

    @Test
    void anOptInFromAnEmailNamesEveryBadFieldAtOnce() {
        String client = client("lt", "info@zasu-ukis.lt");
        var bad = admin().post("/api/v1/clients/" + client + "/report-subscription/from-email",
                "{\"email\":\"ne-adresas\",\"messageId\":\"no id\",\"frequency\":\"DAILY\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("email", "messageId", "frequency");
    }

    @Test
    void aNulCharacterIsBadInputNotAConflict() {
        String client = client("lt", "info@zasu-ukis.lt");
        String path = "/api/v1/clients/" + client + "/report-subscription";
        assertThat(admin().put(path, SUBSCRIPTION.formatted("2011-10-01T10:00:00+03:00")).status()).isEqualTo(200);
        var refused = admin().put(path, "{\"email\":\"ona@zasu-ukis.lt\",\"requestedAt\":\"2011-10-02T10:00:00+03:00\","
                + "\"evidence\":\"a\\u0000b\",\"frequency\":\"QUARTER\"}");
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("evidence");
        assertThat(admin().get(path).field("frequency")).isEqualTo("MONTH");
    }

    @Test
    void aNulCharacterInAPageFormIsA400PageNotA500() throws Exception {
        String client = client("lt", "info@zasu-ukis.lt");
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        post(http, base + "/login", "username=" + ADMIN + "&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf(login));
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/clients/" + client))
                .build(), HttpResponse.BodyHandlers.ofString()).body();

        var refused = post(http, base + "/clients/" + client + "/report-subscription", "email=ona%40zasu-ukis.lt"
                + "&requestedAt=2011-10-01T10%3A00&evidence=a%00b&frequency=MONTH&_csrf=" + csrf(page));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Nieko neišsaugota");
        assertThat(admin().get("/api/v1/clients/" + client + "/report-subscription").status()).isEqualTo(404);
    }

    private static String csrf(String html) {
        var token = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("a CSRF token").isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
