package lt.pagalba.conversation;

import java.util.UUID;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request opened for a conversation test, as the administrator registers it by phone: a client and a
 * contact person of their own (Ona, with an address nobody else uses), and a consultant of its own who
 * leads it.
 *
 * @param consultant the lead's username; {@code asConsultant} the API as they call it
 */
record Opened(String id, String number, String contactEmail, String clientId, String consultant, Api asConsultant) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Opened by(Api admin, Api anonymous) {
        return by(admin, anonymous, null);
    }

    /** A request received at this time (ISO-8601 with offset), or now when null. */
    static Opened by(Api admin, Api anonymous, String receivedAt) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String consultant = "kons" + tag;
        var staff = admin.post("/api/v1/staff", """
                {"username":"%s","firstName":"Jonas","lastName":"Konsultantas%s","email":"%s@stekas.lt","phone":"+37061234567",
                 "roles":["CONSULTANT"],"password":"%s"}""".formatted(consultant, tag, consultant, ApiTestSupport.PASSWORD));
        require(staff, 201);
        String email = "ona." + tag + "@klientas.test";
        var body = Fixtures.phoneRequest("UAB Pokalbis " + tag, email);
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        var request = admin.post("/api/v1/requests", JSON.writeValueAsString(body));
        require(request, 201);
        String id = request.field("id");
        require(admin.post("/api/v1/requests/" + id + "/assignments", """
                {"consultant":"%s","role":"LEAD"}""".formatted(consultant)), 201);
        return new Opened(id, request.field("number"), email, request.json().path("client").path("id").asString(), consultant,
                anonymous.basic(consultant, ApiTestSupport.PASSWORD));
    }

    String messages() {
        return "/api/v1/requests/" + id + "/messages";
    }

    /** The consultant's full name, as pages and signatures show it. */
    String consultantName() {
        return "Jonas Konsultantas" + consultant.substring(4);
    }

    private static void require(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Could not open a request: " + response);
        }
    }
}
