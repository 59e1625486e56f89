package lt.pagalba.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The OpenAPI document is true: every answer the API tests get is checked against the document the
 * same application serves at {@code /v3/api-docs} (status, content type, body schema). A call to a
 * path or with a method the document does not have is left alone (those are tested to be problem
 * details); any other difference fails the test that made the call.
 */
public final class OpenApiContract {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Set to a file to collect the differences instead of failing (to see them all at once). */
    private static final String COLLECT = System.getProperty("pagalba.openapi.collect");

    private OpenApiContract() {
    }

    static void check(String base, String method, String pathAndQuery, int status, String contentType, byte[] body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        if (!path.startsWith("/api/")) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (!contentType.isEmpty()) {
            response.withContentType(contentType);
        }
        if (body.length > 0 && isJson(contentType)) {
            response.withBody(new String(body, StandardCharsets.UTF_8));
        } else if (body.length > 0) {
            response.withBody(body);
        }
        ValidationReport report = validator(base).validateResponse(path, Request.Method.valueOf(method), response.build());
        if (report.hasErrors()) {
            String problems = report.getMessages().stream().map(m -> m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n  "));
            String finding = method + " " + path + " → " + status + " differs from the OpenAPI document:\n  " + problems;
            if (COLLECT == null) {
                throw new AssertionError(finding + "\n  body: " + new String(body, StandardCharsets.UTF_8));
            }
            collect(finding);
        }
    }

    private static boolean isJson(String contentType) {
        return contentType.contains("json");
    }

    private static OpenApiInteractionValidator validator(String base) {
        return VALIDATORS.computeIfAbsent(base, b -> OpenApiInteractionValidator.createForInlineApiSpecification(document(b))
                .withLevelResolver(LevelResolver.create()
                        // a path or method that is not in the document: the calls that test exactly that
                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    private static String document(String base) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void collect(String finding) {
        try {
            Files.writeString(Path.of(COLLECT), finding + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
