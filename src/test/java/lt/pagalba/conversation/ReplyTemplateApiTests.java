package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reply templates over the API: the default one (R3) in both languages, and only administrators change them. */
class ReplyTemplateApiTests extends ApiTestSupport {

    private static final String DEFAULT = "Prašymas išsamiai aprašyti problemą";

    @Test
    void theRequestForADetailedDescriptionShipsInLithuanianAndEnglish() {
        JsonNode items = staffMember(unique("skaito"), "CONSULTANT").get("/api/v1/reply-templates").json().path("items");

        assertThat(items).filteredOn(t -> t.path("name").asString().equals(DEFAULT))
                .extracting(t -> t.path("language").asString()).containsExactlyInAnyOrder("lt", "en");
        JsonNode lt = find(items, "lt");
        assertThat(lt.path("body").asString()).startsWith("Sveiki, {{contact.firstName.vocative}},")
                .contains("išsamiai aprašyti problemą", "{{request.number}}", "{{consultant.name}}");
        assertThat(find(items, "en").path("subject").asString()).isEqualTo("Please describe the problem in detail");
    }

    @Test
    void administratorsMakeChangeAndRemoveTemplatesAndOthersOnlyUseThem() {
        String name = unique("Atsakymas dėl sąskaitos ");
        String body = """
                {"name":"%s","language":"lt","subject":"Dėl sąskaitos","body":"Sveiki, {{contact.firstName.vocative}}!"}""".formatted(name);
        Api consultant = staffMember(unique("naudoja"), "CONSULTANT");

        assertThat(consultant.post("/api/v1/reply-templates", body).status()).isEqualTo(403);
        var created = admin().post("/api/v1/reply-templates", body);
        assertThat(created.status()).isEqualTo(201);
        String id = created.field("id");
        assertThat(created.field("changedBy")).isEqualTo(ADMIN);
        assertThat(admin().post("/api/v1/reply-templates", body).status()).as("one per name and language").isEqualTo(409);

        var unknown = admin().post("/api/v1/reply-templates", """
                {"name":"%s","language":"de","subject":"{{client.vat}}","body":""}""".formatted(name));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactlyInAnyOrder("language", "subject", "body");
        assertThat(unknown.text()).contains("{{client.vat}}");

        assertThat(consultant.put("/api/v1/reply-templates/" + id, body).status()).isEqualTo(403);
        var changed = admin().put("/api/v1/reply-templates/" + id, body.replace("Dėl sąskaitos", "Dėl PVM sąskaitos"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(consultant.get("/api/v1/reply-templates/" + id).field("subject")).isEqualTo("Dėl PVM sąskaitos");

        assertThat(consultant.delete("/api/v1/reply-templates/" + id).status()).isEqualTo(403);
        assertThat(admin().delete("/api/v1/reply-templates/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/reply-templates/" + id).status()).isEqualTo(404);
    }

    private static JsonNode find(JsonNode items, String language) {
        for (JsonNode t : items) {
            if (t.path("name").asString().equals(DEFAULT) && t.path("language").asString().equals(language)) {
                return t;
            }
        }
        throw new AssertionError("no default template in " + language);
    }
}
