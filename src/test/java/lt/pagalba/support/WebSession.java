package lt.pagalba.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP with a cookie jar, sending the pages' forms with their CSRF
 * token as a person's browser would.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

    public record Page(int status, String html) {
    }

    private final String base;
    private final HttpClient http;

    public WebSession(int port) {
        this("http://localhost:" + port, HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    private WebSession(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The same browser (its cookies) talking to another port: another instance of the cluster. */
    public WebSession at(int port) {
        return new WebSession("http://localhost:" + port, http);
    }

    /** A response read line by line as it arrives (server-sent events), on a thread of its own. */
    public void stream(String path, Consumer<String> line) {
        http.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(line));
    }

    public static WebSession loggedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page login = session.submit("/login", "/login", Map.of("username", username, "password", password));
        if (login.html().contains("id=\"login-form\"")) {
            throw new IllegalStateException("Login failed for " + username);
        }
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A download's bytes (a spreadsheet is no text); a status other than 200 is an error naming it. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code formPage}, takes its CSRF token and posts the fields to {@code action}. */
    public Page submit(String formPage, String action, Map<String, String> fields) {
        Page page = get(formPage);
        Matcher token = CSRF.matcher(page.html());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage + ": " + page);
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        return post(action, all);
    }

    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
