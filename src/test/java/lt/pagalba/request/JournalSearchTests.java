package lt.pagalba.request;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import lt.pagalba.shared.Actor;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal's search over HTTP (issue 13 item 7, issue 18 item 4): company, e-mail, phone in any
 * spelling, the number without its year, and Lithuanian word forms with and without the letters.
 * Every search carries a marker of its own request, so the other tests' requests do not count.
 */
class JournalSearchTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKER = unique("zz");
    private static String wordsRequest;

    @Autowired
    RequestIntake intake;
    @Autowired
    RequiredInformation required;
    @Autowired
    SupportRequests requests;

    private synchronized String wordsRequest() {
        if (wordsRequest == null) {
            Map<String, Object> body = phoneRequest(unique("UAB Žodžiai "), "ona@zodziai.lt");
            body.put("summary", "Metinė ataskaita ir banko išrašas " + MARKER);
            body.put("description", "Prašome atsiųsti PVM sąskaitą faktūrą už spalį");
            wordsRequest = created(body);
        }
        return wordsRequest;
    }

    @ParameterizedTest(name = "\"{0}\" finds it: {1}")
    @CsvSource({
            "ataskaitos, true", "ataskaitą, true", "ataskaitai, true", "ataskaitomis, true", "ATASKAITA, true",
            "banko išrašą, true", "banko israsa, true", "banke išrašų, true", "išrašo, true",
            "metinės ataskaitos, true", "metines, true", "sąskaitos faktūros, true", "saskaitu fakturu, true",
            "spalio, true", "atask, true",
            "mokesčių, false", "ataskaitos mokesčių, false", "bankrotas, false"})
    void lithuanianWordFormsFindTheRequestWithAndWithoutItsLetters(String typed, boolean found) {
        String id = wordsRequest();
        List<String> ids = search(typed + " " + MARKER);
        if (found) {
            assertThat(ids).as(typed).containsExactly(id);
        } else {
            assertThat(ids).as(typed).isEmpty();
        }
    }

    @Test
    void theCompanyNameFindsTheClientsRequestsWithAndWithoutLetters() {
        String tail = unique("");
        String clientId = client("UAB Šiaurės Vėjas " + tail);
        Map<String, Object> body = phoneRequest(null, "p@vejas.lt");
        body.put("clientId", clientId);
        String id = created(body);

        assertThat(search("Šiaurės vėjas " + tail)).containsExactly(id);
        assertThat(search("siaures vejo " + tail)).containsExactly(id);
        assertThat(search("UAB " + tail)).containsExactly(id);
    }

    @Test
    void aRenamedClientIsFoundByItsNewName() {
        String tail = unique("");
        String clientId = client("UAB Senasis " + tail);
        Map<String, Object> body = phoneRequest(null, "p@pervadinta.lt");
        body.put("clientId", clientId);
        String id = created(body);

        var renamed = admin().patch("/api/v1/clients/" + clientId, "{\"name\":\"UAB Naujasis " + tail + "\"}");
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);

        assertThat(search("naujasis " + tail)).containsExactly(id);
        assertThat(search("senasis " + tail)).isEmpty();
        // the journal and the request show the new name too (the request's copy of it, V47)
        var listed = admin().get("/api/v1/requests?q=naujasis%20" + tail);
        assertThat(listed.json().path("items").get(0).path("client").path("name").asString()).isEqualTo("UAB Naujasis " + tail);
        assertThat(admin().get("/api/v1/requests/" + id).json().path("client").path("name").asString())
                .isEqualTo("UAB Naujasis " + tail);
    }

    @Test
    void theCompanyAsTypedFindsARequestWithoutAConfirmedClient() {
        String typed = "Įmonė Ąžuolynas " + unique("");
        RequestView request = intake.registerIncomplete(required.asGiven(new RequestRegistration(Channel.EMAIL, null, null,
                new RequestRegistration.Contact("Ona", "Onaitė", null, null, unique("ona") + "@kitur.lt"),
                "Neveikia eksportas", null, false, null, null)), Actor.SYSTEM);
        requests.keepCompanyAsTyped(request.id(), typed, null);

        assertThat(search("azuolynas " + typed.substring(typed.lastIndexOf(' ') + 1))).containsExactly(request.id().text());
    }

    @Test
    void theContactsEmailFindsTheRequestWholeOrInPart() {
        String local = unique("rasa");
        String id = created(phoneRequest(unique("UAB Paštas "), local + "@pastas.lt"));

        assertThat(search(local + "@pastas.lt")).containsExactly(id);
        assertThat(search(local.toUpperCase() + "@PASTAS.LT")).containsExactly(id);
        assertThat(search(local)).containsExactly(id);
    }

    @ParameterizedTest(name = "the phone typed as \"{0}\"")
    @CsvSource({"'+370 6%s %s'", "'+3706%s%s'", "'86%s%s'", "'8 6%s %s'", "'6%s%s'", "'(8 6%s) %s'", "'+370-6%s-%s'"})
    void aPhoneFindsTheRequestHoweverItIsWritten(String spelling) {
        String digits = "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        Map<String, Object> body = phoneRequest(unique("UAB Telefonas "), "t@telefonas.lt");
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) body.get("contact");
        contact.put("phone", "+3706" + digits);
        String id = created(body);

        assertThat(search(spelling.formatted(digits.substring(0, 2), digits.substring(2)))).contains(id);
    }

    @Test
    void theNumberIsFoundWithAndWithoutItsYearAndZeros() {
        String id = created(phoneRequest(unique("UAB Numeris "), "n@numeris.lt"));
        String number = admin().get("/api/v1/requests/" + id).field("number");
        String ofYear = number.substring(5);

        assertThat(search(number)).containsExactly(id);
        assertThat(search(ofYear)).contains(id);
        assertThat(search(ofYear.replaceFirst("^0+", ""))).contains(id);
        assertThat(search("0" + ofYear.replaceFirst("^0+", ""))).contains(id);
    }

    private String created(Map<String, Object> body) {
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    /** The ids the journal's search finds (up to 200). */
    private List<String> search(String q) {
        var answer = admin().get("/api/v1/requests?size=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : answer.json().path("items")) {
            ids.add(item.path("id").asString());
        }
        return ids;
    }
}
