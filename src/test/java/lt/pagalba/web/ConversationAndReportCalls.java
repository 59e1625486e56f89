package lt.pagalba.web;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import lt.pagalba.support.Api;
import lt.pagalba.web.AuthorizationMatrixTests.Caller;
import lt.pagalba.web.MatrixCalls.Scenario;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matrix's calls of the conversation (replies, notes, calls, files, reply templates) and of the
 * reports: what they stand on is made by an administrator first, on a request the caller is assigned
 * to (own) or another consultant's.
 */
final class ConversationAndReportCalls {

    private static final String REPLY = "{\"kind\":\"REPLY\",\"body\":\"Laba diena, perskambinsime.\"}";
    private static final String TEMPLATE = "{\"name\":\"%s\",\"language\":\"lt\",\"subject\":null,\"body\":\"Laba diena.\"}";
    private static final String BOUNDARY = "matrica-boundary";

    private final Supplier<Api> admin;
    private final JdbcClient jdbc;
    private final BiFunction<Caller, Boolean, String> requestOf;

    ConversationAndReportCalls(Supplier<Api> admin, JdbcClient jdbc, BiFunction<Caller, Boolean, String> requestOf) {
        this.admin = admin;
        this.jdbc = jdbc;
        this.requestOf = requestOf;
    }

    void register(BiConsumer<String, Scenario> on) {
        on.accept("GET /api/v1/requests/{id}/messages", (c, own) -> c.api().get("/api/v1/requests/" + requestOf.apply(c, own) + "/messages"));
        on.accept("POST /api/v1/requests/{id}/messages", (c, own) ->
                c.api().post("/api/v1/requests/" + requestOf.apply(c, own) + "/messages", REPLY));
        on.accept("POST /api/v1/requests/{id}/messages/{messageId}/resend", (c, own) -> {
            String request = requestOf.apply(c, own);
            String reply = failedReply(request);
            return c.api().post("/api/v1/requests/" + request + "/messages/" + reply + "/resend", "");
        });
        on.accept("GET /api/v1/requests/{id}/calls", (c, own) -> c.api().get("/api/v1/requests/" + requestOf.apply(c, own) + "/calls"));
        on.accept("POST /api/v1/requests/{id}/calls", (c, own) -> c.api().post("/api/v1/requests/" + requestOf.apply(c, own) + "/calls",
                "{\"direction\":\"OUTBOUND\",\"minutes\":5,\"note\":\"Paskambinta\",\"workEntry\":false}"));
        on.accept("GET /api/v1/message-files/{id}", (c, own) -> c.api().get("/api/v1/message-files/" + fileOn(requestOf.apply(c, own))));
        on.accept("GET /api/v1/reply-templates", (c, own) -> c.api().get("/api/v1/reply-templates"));
        on.accept("POST /api/v1/reply-templates", (c, own) -> c.api().post("/api/v1/reply-templates", TEMPLATE.formatted(unique())));
        on.accept("GET /api/v1/reply-templates/{id}", (c, own) -> c.api().get("/api/v1/reply-templates/" + template()));
        on.accept("PUT /api/v1/reply-templates/{id}", (c, own) ->
                c.api().put("/api/v1/reply-templates/" + template(), TEMPLATE.formatted(unique())));
        on.accept("DELETE /api/v1/reply-templates/{id}", (c, own) -> c.api().delete("/api/v1/reply-templates/" + template()));
        on.accept("GET /api/v1/reports/hours", (c, own) -> c.api().get("/api/v1/reports/hours?by=consultant"));
        on.accept("GET /api/v1/reports/service-levels", (c, own) -> c.api().get("/api/v1/reports/service-levels"));
        on.accept("GET /api/v1/reports/requests", (c, own) -> c.api().get("/api/v1/reports/requests?by=week"));
        on.accept("GET /api/v1/reports/revenue", (c, own) -> c.api().get("/api/v1/reports/revenue"));
        on.accept("GET /api/v1/reports/receivables", (c, own) -> c.api().get("/api/v1/reports/receivables"));
        on.accept("GET /api/v1/reports/feedback", (c, own) -> c.api().get("/api/v1/reports/feedback"));
        on.accept("GET /api/v1/reports/contract-hours", (c, own) -> c.api().get("/api/v1/reports/contract-hours"));
        on.accept("GET /api/v1/reports/load", (c, own) -> c.api().get("/api/v1/reports/load"));
    }

    /** A reply the outbox could not send: only a sent or failed one can be sent again. */
    private String failedReply(String request) {
        String reply = admin.get().post("/api/v1/requests/" + request + "/messages", REPLY).field("id");
        String source = "reply:" + reply;
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM outbox_message WHERE source_key = :s")
                .param("s", source).query(Long.class).single() == 1);
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED', last_error = 'matrica' WHERE source_key = :s").param("s", source).update();
        return reply;
    }

    /** A note with one file, as multipart/form-data; answers the file's id. */
    private String fileOn(String request) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"message\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"kind\":\"NOTE\",\"body\":\"Ekrano nuotrauka\"}\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"klaida.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "Klaida 42\r\n--" + BOUNDARY + "--\r\n";
        var note = admin.get().send("POST", "/api/v1/requests/" + request + "/messages", body.getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + BOUNDARY);
        return note.json().path("attachments").get(0).path("id").asString();
    }

    private String template() {
        return admin.get().post("/api/v1/reply-templates", TEMPLATE.formatted(unique())).field("id");
    }

    private static String unique() {
        return "Matrica " + UUID.randomUUID().toString().substring(0, 8);
    }
}
