package lt.pagalba.feedback;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.mail.Outbox;
import lt.pagalba.mail.OutboxMessage;
import lt.pagalba.shared.RequestId;
import lt.pagalba.support.Api;
import tools.jackson.databind.json.JsonMapper;

/** Test steps shared by the feedback tests: a request closed through the API and the invitation it queued. */
final class FeedbackInvitations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/atsiliepimas/([A-Za-z0-9_-]+)\\?lang=(lt|en))");

    /** A closed request and the feedback e-mail queued for it, with the link read from the mail's body. */
    record Invited(String requestId, String number, OutboxMessage mail, String path, String token, String language) {

        RequestId request() {
            return RequestId.parse(requestId);
        }

        String optOutPath() {
            return "/atsiliepimas/" + token + "/atsisakyti";
        }

        String ratePath() {
            return "/atsiliepimas/" + token;
        }
    }

    private FeedbackInvitations() {
    }

    /** Registers a request for the contact e-mail (and client, when given), assigns the consultants (first leads), closes it. */
    static String closeRequest(Api admin, String company, String email, String clientId, String... consultants) {
        var body = phoneRequest(company, email);
        if (clientId != null) {
            body.put("clientId", clientId);
        }
        var created = admin.post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.field("id");
        for (int i = 0; i < consultants.length; i++) {
            var assigned = admin.post("/api/v1/requests/" + id + "/assignments",
                    "{\"consultant\":\"%s\",\"role\":\"%s\"}".formatted(consultants[i], i == 0 ? "LEAD" : "MEMBER"));
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        }
        var closed = admin.post("/api/v1/requests/" + id + "/status", "{\"status\": \"CLOSED\"}");
        assertThat(closed.field("status")).as(closed.toString()).isEqualTo("CLOSED");
        return id;
    }

    static Invited invitation(Outbox outbox, String requestId, String number) {
        OutboxMessage mail = await().atMost(Duration.ofSeconds(15)).until(() -> outbox.forRequest(RequestId.parse(requestId)).stream()
                .filter(m -> m.kind().equals("FEEDBACK")).findFirst().orElse(null), m -> m != null);
        Matcher link = LINK.matcher(mail.bodyText());
        assertThat(link.find()).as(mail.bodyText()).isTrue();
        return new Invited(requestId, number, mail, link.group(1), link.group(2), link.group(3));
    }
}
