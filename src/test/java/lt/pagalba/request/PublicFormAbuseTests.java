package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The public form keeps robots and floods out: CSRF token, honeypot, rate limit per address, size limits. */
@TestPropertySource(properties = "pagalba.web-form.max-per-hour=2")
class PublicFormAbuseTests extends ApiTestSupport {

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private String csrfToken() throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pagalba")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> submit(Map<String, String> fields) throws Exception {
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pagalba"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, String> complete(String company, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("companyName", company);
        fields.put("contact.firstName", "Robotas");
        fields.put("contact.lastName", "Robotaitis");
        fields.put("contact.position", "Botas");
        fields.put("contact.phone", "+37061234567");
        fields.put("contact.email", "robotas@botai.lt");
        fields.put("summary", "Klausimas");
        return fields;
    }

    private long requestsOf(String company) {
        return admin().get("/api/v1/requests?q=" + URLEncoder.encode("Robotaitis", StandardCharsets.UTF_8) + "&size=500")
                .json().path("items").valueStream().filter(r -> admin().get("/api/v1/requests/" + r.path("id").asString()).json()
                        .path("companyName").asString().equals(company)).count();
    }

    @Test
    void robotsAndFloodsAreKeptOut() throws Exception {
        String company = unique("UAB Robotai ");
        String token = csrfToken();

        Map<String, String> withoutToken = complete(company, token);
        withoutToken.remove("_csrf");
        assertThat(submit(withoutToken).statusCode()).as("no CSRF token").isEqualTo(403);

        Map<String, String> honeypot = complete(company, token);
        honeypot.put("website", "http://spam.example");
        var fooled = submit(honeypot);
        assertThat(fooled.statusCode()).isEqualTo(200);
        assertThat(fooled.body()).doesNotContain("registered-number");
        assertThat(requestsOf(company)).as("the honeypot registers nothing").isZero();

        Map<String, String> huge = complete(company, token);
        huge.put("summary", "x".repeat(301));
        var tooLong = submit(huge);
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("summary-error", "ne daugiau kaip 300");

        assertThat(submit(complete(company, token)).body()).contains("registered-number");
        var limited = submit(complete(company, token));
        assertThat(limited.statusCode()).as("two per hour: the refused long one and the registered one used them").isEqualTo(429);
        assertThat(limited.body()).contains("too-many");
        assertThat(requestsOf(company)).isEqualTo(1);
    }
}
