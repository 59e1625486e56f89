package lt.pagalba.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the running app's API, as an outside integration would call it. Every
 * answer is checked against the app's OpenAPI document ({@link OpenApiContract}).
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String authorization;
    private final String language;

    private Api(String base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, null, null);
    }

    public Api basic(String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + credentials, language);
    }

    public Api bearer(String token) {
        return new Api(base, "Bearer " + token, language);
    }

    public Api anonymous() {
        return new Api(base, null, language);
    }

    public Api language(String tag) {
        return new Api(base, authorization, tag);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /**
     * Sends raw bytes with the given content type: for wrong charsets and broken bodies. A path no URI
     * parser takes (a broken percent-escape), or a header Java's HTTP client would not send as written
     * (a control character or a byte beyond ASCII in it), goes out as it is, over a plain socket, as a
     * tool like curl would send it.
     */
    public Response send(String method, String path, byte[] body, String contentType) {
        Map<String, String> headers = headers(contentType);
        HttpRequest.Builder request;
        try {
            if (headers.values().stream().anyMatch(value -> value.chars().anyMatch(c -> c != '\t' && (c < 0x20 || c > 0x7E)))) {
                throw new IllegalArgumentException("not printable ASCII");
            }
            request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
        } catch (IllegalArgumentException notForTheClient) {
            return answered(method, path, RawHttp.send(base, method, path, body, headers));
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return answered(method, path, new RawHttp.Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response answered(String method, String path, RawHttp.Answer answer) {
        OpenApiContract.check(base, method, path, answer.status(), answer.contentType(), answer.body());
        return new Response(answer.status(), answer.contentType(), new String(answer.body(), StandardCharsets.UTF_8), answer.body());
    }

    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        return headers;
    }

    public record Response(int status, String contentType, String text, byte[] bytes) {

        public JsonNode json() {
            return JSON.readTree(text);
        }

        public String field(String name) {
            JsonNode node = json().get(name);
            return node == null || node.isNull() ? null : node.asString();
        }

        /** The fields named in a problem detail's {@code errors}, in order. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }

        public String errorCode(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("code").asString();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
