package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.support.Fixtures.phoneRequest;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merging a duplicate into another request (issue 13 item 6): its calls, work and consultants move to the
 * survivor and its timeline is shown there; the duplicate is closed as merged and its answer and page lead
 * to the survivor. Merging into itself, into a merged request, twice, or across clients unconfirmed is refused.
 */
class RequestMergeTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode register(String clientId, String summary) {
        var body = phoneRequest(null, "ona@dublikatas.lt");
        body.put("clientId", clientId);
        body.put("summary", summary);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    private List<String> kinds(String id) {
        JsonNode items = admin().get("/api/v1/requests/" + id + "/timeline").json().path("items");
        return StreamSupport.stream(items.spliterator(), false).map(e -> e.path("kind").asString()).toList();
    }

    @Test
    void theDuplicatesWorkCallsConsultantsAndTimelineGoToTheSurvivorAndItIsClosedAsMerged() {
        String client = client(unique("UAB Dublikatas "));
        JsonNode survivor = register(client, "Neveikia eksportas");
        JsonNode duplicate = register(client, "Neveikia eksportas (dar kartą)");
        String dup = duplicate.path("id").asString();
        String consultant = unique("dublis");
        staffMember(consultant, "CONSULTANT");
        admin().post("/api/v1/requests/" + dup + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
        var entry = api().basic(consultant, PASSWORD).post("/api/v1/requests/" + dup + "/work-entries",
                JSON.writeValueAsString(aWorkEntry().of(30).minutes().by(consultant).json()));
        assertThat(entry.status()).as(entry.text()).isEqualTo(201);
        assertThat(admin().post("/api/v1/requests/" + dup + "/calls",
                "{\"direction\":\"OUTBOUND\",\"minutes\":5,\"note\":\"Paskambinta\",\"workEntry\":false}").status()).isEqualTo(201);

        var merged = admin().post("/api/v1/requests/" + dup + "/merge", "{\"into\": \"" + survivor.path("number").asString() + "\"}");

        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.field("id")).isEqualTo(survivor.path("id").asString());
        assertThat(merged.json().path("assignments")).singleElement().satisfies(a -> {
            assertThat(a.path("consultant").asString()).isEqualTo(consultant);
            assertThat(a.path("role").asString()).isEqualTo("LEAD"); // the survivor had nobody: the group comes as it was
        });
        String s = survivor.path("id").asString();
        assertThat(admin().get("/api/v1/requests/" + s + "/work-entries").json().path("items")).singleElement()
                .satisfies(e -> assertThat(e.path("id").asString()).isEqualTo(entry.field("id")));
        assertThat(admin().get("/api/v1/requests/" + s + "/calls").json().path("items")).hasSize(1);
        assertThat(kinds(s)).contains("MERGED_FROM").filteredOn("REGISTERED"::equals).hasSize(2);

        JsonNode gone = admin().get("/api/v1/requests/" + dup).json();
        assertThat(gone.path("status").asString()).isEqualTo("CLOSED");
        assertThat(gone.path("mergedInto").path("number").asString()).isEqualTo(survivor.path("number").asString());
        assertThat(gone.path("mergedInto").path("id").asString()).isEqualTo(s);
        assertThat(admin().get("/api/v1/requests/" + s).json().path("mergedInto").isNull()).isTrue();
        assertThat(admin().get("/api/v1/requests?q=" + duplicate.path("number").asString()).json().path("items"))
                .extracting(i -> i.path("id").asString()).contains(dup);
    }

    @Test
    void mergingIntoItselfIntoAMergedRequestTwiceOrAcrossClientsUnconfirmedIsRefused() {
        String client = client(unique("UAB Atsisakyta "));
        JsonNode a = register(client, "A");
        JsonNode b = register(client, "B");
        JsonNode c = register(client, "C");
        String aId = a.path("id").asString();

        var self = admin().post("/api/v1/requests/" + aId + "/merge", "{\"into\": \"" + aId + "\"}");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.errorFields()).containsExactly("into");
        assertThat(admin().post("/api/v1/requests/" + aId + "/merge", "{\"into\": \"" + b.path("number").asString() + "\"}").status())
                .isEqualTo(200);
        var twice = admin().post("/api/v1/requests/" + aId + "/merge", "{\"into\": \"" + c.path("id").asString() + "\"}");
        assertThat(twice.status()).isEqualTo(409);
        var intoMerged = admin().post("/api/v1/requests/" + c.path("id").asString() + "/merge", "{\"into\": \"" + aId + "\"}");
        assertThat(intoMerged.status()).isEqualTo(422);
        assertThat(intoMerged.errorFields()).containsExactly("into");

        JsonNode other = register(client(unique("UAB Kitas ")), "Kito kliento");
        String path = "/api/v1/requests/" + c.path("id").asString() + "/merge";
        var across = admin().post(path, "{\"into\": \"" + other.path("id").asString() + "\"}");
        assertThat(across.status()).isEqualTo(409);
        assertThat(across.text()).contains(other.path("number").asString());
        assertThat(admin().get("/api/v1/requests/" + c.path("id").asString()).field("status")).isNotEqualTo("CLOSED");
        assertThat(admin().post(path, "{\"into\": \"" + other.path("id").asString() + "\", \"confirmAcrossClients\": true}").status())
                .isEqualTo(200);
    }

    @Test
    void theAdministratorMergesOnThePageAndTheDuplicateShowsABannerToTheSurvivor() {
        String client = client(unique("UAB Puslapio dublikatas "));
        JsonNode survivor = register(client, "Išliekantis");
        JsonNode duplicate = register(client, "Dublikatas");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + duplicate.path("id").asString()));
        page.click("#merge summary");
        page.fill("#merge-into", survivor.path("number").asString());
        page.click("#merge-form button[type=submit]");

        assertThat(page).hasURL(url("/requests/" + survivor.path("id").asString()));
        assertThat(page.locator("#timeline")).containsText("Prijungtas dublikatas");
        assertThat(page.locator("#timeline")).containsText(duplicate.path("number").asString());

        page.navigate(url("/requests/" + duplicate.path("id").asString()));
        assertThat(page.locator("#merged-into")).containsText(survivor.path("number").asString());
        assertThat(page.locator("#merge")).hasCount(0);
        page.click("#merged-into a");
        assertThat(page).hasURL(url("/requests/" + survivor.path("id").asString()));
    }
}
