package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A contact marks a resolved request solved (closed) or reopens it, written on its timeline with them as the actor. */
class PortalDecisionTests extends PortalTestSupport {

    @Test
    void aContactClosesAResolvedRequestAsTheActorOnItsTimeline() {
        String email = unique("sprendimas") + "@sprendimai.lt";
        String clientId = clientWithContact(unique("UAB Sprendimai "), email);
        String requestId = requestOf(clientId, email, "Išspręsta?");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        resolved(requestId);
        PortalClient me = loggedIn(email);
        assertThat(me.get("/portal/requests/" + number).body()).contains("id=\"decision\"");

        var solved = me.post("/portal/requests/" + number, "/portal/requests/" + number + "/solved", Map.of());
        assertThat(solved.status()).isEqualTo(302);
        assertThat(solved.location()).endsWith("?solved");

        assertThat(admin().get("/api/v1/requests/" + requestId).field("status")).isEqualTo("CLOSED");
        JsonNode change = lastStatusChange(requestId);
        assertThat(change.path("details").path("from").asString()).isEqualTo("RESOLVED");
        assertThat(change.path("details").path("to").asString()).isEqualTo("CLOSED");
        assertThat(change.path("actor").asString()).isEqualTo("portal:" + contactOf(clientId, email));
        String page = me.get("/portal/requests/" + number + "?solved").body();
        assertThat(page).contains("id=\"solved\"").doesNotContain("id=\"decision\"").doesNotContain("id=\"details-form\"");
    }

    @Test
    void aContactReopensAResolvedRequestBackInProgress() {
        String email = unique("grazina") + "@sprendimai.lt";
        String clientId = clientWithContact(unique("UAB Grąžina "), email);
        String requestId = requestOf(clientId, email, "Vis dar neveikia");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        resolved(requestId);
        PortalClient me = loggedIn(email);

        var reopened = me.post("/portal/requests/" + number, "/portal/requests/" + requestId + "/reopen", Map.of());
        assertThat(reopened.status()).isEqualTo(302);
        assertThat(reopened.location()).endsWith("/portal/requests/" + number + "?reopened");

        assertThat(admin().get("/api/v1/requests/" + requestId).field("status")).isEqualTo("IN_PROGRESS");
        JsonNode change = lastStatusChange(requestId);
        assertThat(change.path("details").path("to").asString()).isEqualTo("IN_PROGRESS");
        assertThat(change.path("actor").asString()).isEqualTo("portal:" + contactOf(clientId, email));
        assertThat(me.get("/portal/requests/" + number).body()).contains("Sprendžiamas").doesNotContain("id=\"decision\"");
    }

    @Test
    void onlyTheCompanysOwnResolvedRequestMovesAndOnlyWithTheFormsToken() {
        String email = unique("neleidzia") + "@sprendimai.lt";
        String clientId = clientWithContact(unique("UAB Neleidžia "), email);
        String open = requestOf(clientId, email, "Dar nesprendžiamas");
        String openNumber = admin().get("/api/v1/requests/" + open).field("number");
        String resolvedOne = requestOf(clientId, email, "Išspręstas");
        resolved(resolvedOne);
        String theirs = unique("kiti") + "@kiti-sprendimai.lt";
        String theirClient = clientWithContact(unique("UAB Kiti sprendimai "), theirs);
        String theirRequest = requestOf(theirClient, theirs, "Svetimas išspręstas");
        resolved(theirRequest);
        PortalClient me = loggedIn(email);

        var notResolved = me.post("/portal", "/portal/requests/" + openNumber + "/solved", Map.of());
        assertThat(notResolved.status()).isEqualTo(409);
        assertThat(notResolved.body()).contains("id=\"details-error\"");
        assertThat(admin().get("/api/v1/requests/" + open).field("status")).isNotEqualTo("CLOSED");

        for (String target : new String[]{theirRequest, admin().get("/api/v1/requests/" + theirRequest).field("number")}) {
            assertThat(me.post("/portal", "/portal/requests/" + target + "/solved", Map.of()).status()).isEqualTo(404);
            assertThat(me.post("/portal", "/portal/requests/" + target + "/reopen", Map.of()).status()).isEqualTo(404);
        }
        assertThat(admin().get("/api/v1/requests/" + theirRequest).field("status")).isEqualTo("RESOLVED");

        assertThat(me.postWithToken("/portal/requests/" + resolvedOne + "/solved", Map.of(), null).status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/requests/" + resolvedOne).field("status")).isEqualTo("RESOLVED");
    }

    private JsonNode lastStatusChange(String requestId) {
        JsonNode last = null;
        for (JsonNode event : admin().get("/api/v1/requests/" + requestId + "/timeline").json().path("items")) {
            if (event.path("kind").asString().equals("STATUS_CHANGED")) {
                last = event;
            }
        }
        return last;
    }

    private String contactOf(String clientId, String email) {
        return jdbc.sql("SELECT id::text FROM contact WHERE client_id = CAST(:client AS uuid) AND email = :email")
                .param("client", clientId).param("email", email).query(String.class).single();
    }
}
