package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Related requests (issue 13 item 6): a link is symmetric and idempotent, shown on both requests with the
 * other's number, summary and status, written on both timelines and audited.
 */
class RequestLinkTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditTrail audit;

    private JsonNode register(String summary) {
        var body = phoneRequest(unique("UAB Susieta "), "ona@susieta.lt");
        body.put("summary", summary);
        return admin().post("/api/v1/requests", JSON.writeValueAsString(body)).json();
    }

    private List<String> kinds(String id) {
        JsonNode items = admin().get("/api/v1/requests/" + id + "/timeline").json().path("items");
        return StreamSupport.stream(items.spliterator(), false).map(e -> e.path("kind").asString()).toList();
    }

    @Test
    void aLinkByNumberIsSymmetricIdempotentAndOnBothTimelines() {
        String a = register("Darbo užmokesčio klaida").path("id").asString();
        JsonNode b = register("Atostoginių skaičiavimas");

        var linked = admin().post("/api/v1/requests/" + a + "/links", "{\"request\": \"" + b.path("number").asString() + "\"}");
        assertThat(linked.status()).as(linked.text()).isEqualTo(201);
        assertThat(linked.field("number")).isEqualTo(b.path("number").asString());
        var again = admin().post("/api/v1/requests/" + b.path("id").asString() + "/links", "{\"request\": \"" + a + "\"}");
        assertThat(again.status()).isEqualTo(201);

        assertThat(admin().get("/api/v1/requests/" + a).json().path("links")).singleElement()
                .satisfies(l -> assertThat(l.path("summary").asString()).isEqualTo("Atostoginių skaičiavimas"));
        assertThat(admin().get("/api/v1/requests/" + b.path("id").asString()).json().path("links")).singleElement()
                .satisfies(l -> assertThat(l.path("id").asString()).isEqualTo(a));
        assertThat(kinds(a)).containsOnlyOnce("LINKED");
        assertThat(kinds(b.path("id").asString())).containsOnlyOnce("LINKED");
        assertThat(audit.historyOf(a, 10)).extracting(e -> e.action()).containsExactly("LINKED");

        assertThat(admin().delete("/api/v1/requests/" + b.path("id").asString() + "/links/" + a).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/requests/" + a).json().path("links")).isEmpty();
        assertThat(kinds(a)).containsOnlyOnce("UNLINKED");
    }

    @Test
    void aRequestIsNotLinkedToItselfNorToOneThatDoesNotExist() {
        JsonNode a = register("Vienas");
        String id = a.path("id").asString();
        var self = admin().post("/api/v1/requests/" + id + "/links", "{\"request\": \"" + a.path("number").asString() + "\"}");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.errorFields()).containsExactly("request");
        var none = admin().post("/api/v1/requests/" + id + "/links", "{\"request\": \"1999-000001\"}");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.errorFields()).containsExactly("request");
    }

    @Test
    void bothPagesShowTheLinkWithTheOthersNumberSummaryAndStatus() {
        JsonNode a = register("Sąskaitų importas");
        JsonNode b = register("Banko išrašas");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + a.path("id").asString()));
        page.fill("#link-request", b.path("number").asString());
        page.click("#link-form button[type=submit]");

        assertThat(page.locator("#links")).containsText(b.path("number").asString());
        assertThat(page.locator("#links")).containsText("Banko išrašas");
        assertThat(page.locator("#links")).containsText("užregistruotas");
        page.click("#links a:has-text('" + b.path("number").asString() + "')");
        assertThat(page.locator("#links")).containsText(a.path("number").asString());
        assertThat(page.locator("#links")).containsText("Sąskaitų importas");

        page.fill("#link-request", "1999-000001");
        page.click("#link-form button[type=submit]");
        assertThat(page.locator("#link-error")).containsText("1999-000001");
    }
}
