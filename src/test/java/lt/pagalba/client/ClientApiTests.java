package lt.pagalba.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class ClientApiTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The VAT code of the last {@link #fullClient}: each client has its own. */
    private String vatCode;

    private String fullClient(String name, String code) {
        vatCode = vatCode();
        return """
                {"name": "%s", "companyCode": "%s", "vatCode": "%s",
                 "address": "Gedimino pr. 1, Vilnius", "email": "buhalterija@pavyzdys.lt", "phone": "+37061234567",
                 "billing": {"period": "QUARTER", "hourlyRate": "45.00", "additionalWorkRate": "55.00",
                             "incrementMinutes": 15, "minimumMinutes": 30},
                 "permanentConsultant": null, "language": "en", "paymentTermDays": 30}""".formatted(name, code, vatCode);
    }

    @Test
    void aClientIsCreatedWithEveryFieldAndReadBack() {
        String code = companyCode();
        var created = admin().post("/api/v1/clients", fullClient("UAB „Pavyzdys“", code));

        assertThat(created.status()).isEqualTo(201);
        var json = created.json();
        String id = json.path("id").asString();
        assertThat(json.path("name").asString()).isEqualTo("UAB „Pavyzdys“");
        assertThat(json.path("companyCode").asString()).isEqualTo(code);
        assertThat(json.path("vatCode").asString()).isEqualTo(vatCode);
        assertThat(json.path("billing").path("period").asString()).isEqualTo("QUARTER");
        assertThat(json.path("billing").path("hourlyRate").asString()).isEqualTo("45.00");
        assertThat(json.path("billing").path("additionalWorkRate").asString()).isEqualTo("55.00");
        assertThat(json.path("billing").path("incrementMinutes").asInt()).isEqualTo(15);
        assertThat(json.path("billing").path("minimumMinutes").asInt()).isEqualTo(30);
        assertThat(json.path("language").asString()).isEqualTo("en");
        assertThat(json.path("paymentTermDays").asInt()).isEqualTo(30);

        var fetched = admin().get("/api/v1/clients/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().has("contacts")).isTrue();
        assertThat(fetched.json().has("activeContract")).isTrue();
        assertThat(fetched.json().has("reportSubscription")).isTrue();
    }

    @Test
    void onlyTheNameIsRequiredAndDefaultsAreSensible() {
        var created = admin().post("/api/v1/clients", "{\"name\": \"MB Mažylis\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("billing").path("period").asString()).isEqualTo("MONTH");
        assertThat(created.json().path("billing").path("incrementMinutes").asInt()).isEqualTo(1);
        assertThat(created.json().path("billing").path("minimumMinutes").asInt()).isEqualTo(0);
        assertThat(created.json().path("language").asString()).isEqualTo("lt");
        assertThat(created.json().path("paymentTermDays").asInt()).isEqualTo(14);

        var nameless = admin().post("/api/v1/clients", "{\"companyCode\": \"123456786\"}");
        assertThat(nameless.status()).isEqualTo(422);
        assertThat(nameless.errorFields()).containsExactly("name");
        assertThat(nameless.errorCode("name")).isEqualTo("required");
    }

    @ParameterizedTest
    @CsvSource({
            "companyCode, 12345678", "companyCode, 1234567890", "companyCode, 12345678A",
            "vatCode, 100012345611", "vatCode, LT1234", "vatCode, LV123456789",
            "email, ona@", "email, ona pavyzdys.lt", "phone, 123", "phone, +370 abc",
            "language, de", "paymentTermDays, -1"})
    void badValuesAreRefusedNamingTheField(String field, String value) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "UAB Blogas"));
        body.put(field, field.equals("paymentTermDays") ? Integer.parseInt(value) : value);

        var refused = admin().post("/api/v1/clients", JSON.writeValueAsString(body));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(refused.json().path("errors").get(0).path("message").asString()).isNotBlank();
    }

    @Test
    void allBadFieldsAreListedTogether() {
        var refused = admin().post("/api/v1/clients", """
                {"name": "", "companyCode": "1", "vatCode": "X", "email": "x", "phone": "1",
                 "billing": {"hourlyRate": "1.234", "incrementMinutes": 0}}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("name", "companyCode", "vatCode", "email", "phone",
                "billing.hourlyRate", "billing.incrementMinutes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8 5 278 0670|+37052780670", "+370 673 01937|+37067301937",
            "867301937|+37067301937", "(8 5) 278 0670|+37052780670", "+37061234567|+37061234567"})
    void lithuanianPhoneNumbersAreNormalisedToE164(String written, String e164) {
        var created = admin().post("/api/v1/clients", "{\"name\": \"UAB Telefonas\", \"phone\": \"%s\"}".formatted(written));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("phone")).isEqualTo(e164);
    }

    @Test
    void aCompanyCodeBelongsToOneClient() {
        String code = companyCode();
        assertThat(admin().post("/api/v1/clients", fullClient("UAB Pirmas", code)).status()).isEqualTo(201);
        var second = admin().post("/api/v1/clients", fullClient("UAB Antras", code));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.field("detail")).contains(code);
    }

    @Test
    void aPermanentConsultantMustBeAConsultant() {
        String consultant = unique("nuol");
        staffMember(consultant, "CONSULTANT");
        var with = admin().post("/api/v1/clients", "{\"name\":\"UAB Nuolatinis\",\"permanentConsultant\":\"%s\"}".formatted(consultant));
        assertThat(with.status()).isEqualTo(201);
        assertThat(with.field("permanentConsultant")).isEqualTo(consultant);

        var unknown = admin().post("/api/v1/clients", "{\"name\":\"UAB Nuolatinis\",\"permanentConsultant\":\"nobody-known\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("permanentConsultant");
    }

    @Test
    void aPatchChangesOnlyWhatItNamesAndNullClears() {
        String id = admin().post("/api/v1/clients", fullClient("UAB Keičiamas", companyCode())).field("id");

        var patched = admin().patch("/api/v1/clients/" + id, "{\"billing\": {\"hourlyRate\": \"50\"}, \"address\": null}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("billing").path("hourlyRate").asString()).isEqualTo("50.00");
        assertThat(patched.json().path("billing").path("additionalWorkRate").asString()).isEqualTo("55.00");
        assertThat(patched.json().path("address").isNull()).isTrue();
        assertThat(patched.field("name")).isEqualTo("UAB Keičiamas");

        var bad = admin().patch("/api/v1/clients/" + id, "{\"vatCode\": \"LT12\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactly("vatCode");
        assertThat(admin().get("/api/v1/clients/" + id).field("vatCode")).as("nothing changed").isEqualTo(vatCode);
    }

    @Test
    void contactsBelongToAClientWithAnEmailUniqueWithinIt() {
        String id = client(unique("UAB Kontaktai "));
        var ona = admin().post("/api/v1/clients/" + id + "/contacts", """
                {"firstName":"Ona","lastName":"Onaitė","position":"Buhalterė","phone":"867301937","email":"ona@pavyzdys.lt"}""");
        assertThat(ona.status()).isEqualTo(201);
        assertThat(ona.field("phone")).isEqualTo("+37067301937");
        assertThat(ona.field("clientId")).isEqualTo(id);

        var again = admin().post("/api/v1/clients/" + id + "/contacts", """
                {"firstName":"Ona","lastName":"Kita","email":"ONA@pavyzdys.lt"}""");
        assertThat(again.status()).isEqualTo(409);

        String other = client(unique("UAB Kitas "));
        assertThat(admin().post("/api/v1/clients/" + other + "/contacts", """
                {"firstName":"Ona","lastName":"Onaitė","email":"ona@pavyzdys.lt"}""").status())
                .as("the same person may be a contact of another client").isEqualTo(201);

        var details = admin().get("/api/v1/clients/" + id);
        assertThat(details.json().path("contacts").size()).isEqualTo(1);
        assertThat(details.json().path("contacts").get(0).path("lastName").asString()).isEqualTo("Onaitė");
    }

    @Test
    void aContactNeedsNamesAndAValidEmail() {
        String id = client(unique("UAB Kontaktas "));
        var refused = admin().post("/api/v1/clients/" + id + "/contacts", "{\"phone\": \"1\", \"email\": \"nope\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("firstName", "lastName", "phone", "email");
    }

    @Test
    void clientsAreFoundByNameCodeOrContact() {
        String marker = unique("Paieška");
        String code = companyCode();
        String id = admin().post("/api/v1/clients", fullClient("UAB „" + marker + "“", code)).field("id");
        var contact = admin().post("/api/v1/clients/" + id + "/contacts", """
                {"firstName":"Rūta","lastName":"%s","email":"%s@pavyzdys.lt"}""".formatted(marker + "ienė", unique("ruta")));
        assertThat(contact.status()).isEqualTo(201);

        assertThat(admin().get("/api/v1/clients?q=" + URLEncoder.encode(marker.toUpperCase(), StandardCharsets.UTF_8)).json().path("items").toString()).contains(id);
        assertThat(admin().get("/api/v1/clients?q=" + code).json().path("items").toString()).contains(id);
        assertThat(admin().get("/api/v1/clients?q=" + URLEncoder.encode("ruta " + marker.replace("š", "s"), StandardCharsets.UTF_8)).json().path("items").toString())
                .as("contact name, without Lithuanian accents").contains(id);
        assertThat(admin().get("/api/v1/clients?q=nothing-matches-this").json().path("total").asInt()).isZero();
    }

    @Test
    void listsArePaged() {
        String marker = unique("Puslapis");
        for (int i = 0; i < 3; i++) {
            client(marker + " " + i);
        }
        var page = admin().get("/api/v1/clients?q=" + marker + "&page=1&size=2");
        assertThat(page.json().path("page").asInt()).isEqualTo(1);
        assertThat(page.json().path("size").asInt()).isEqualTo(2);
        assertThat(page.json().path("total").asInt()).isEqualTo(3);
        assertThat(page.json().path("items").size()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/clients/00000000-0000-0000-0000-000000000000", "/api/v1/clients/not-an-id",
            "/api/v1/clients/00000000-0000-0000-0000-000000000000/contacts"})
    void unknownClientsAre404(String path) {
        var missing = admin().get(path);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aConsultantReadsClientsButDoesNotChangeThem() {
        var consultant = staffMember(unique("skait"), "CONSULTANT");
        String id = client(unique("UAB Skaitomas "));
        assertThat(consultant.get("/api/v1/clients/" + id).status()).isEqualTo(200);
        assertThat(consultant.post("/api/v1/clients", "{\"name\":\"UAB X\"}").status()).isEqualTo(403);
        assertThat(consultant.patch("/api/v1/clients/" + id, "{\"name\":\"UAB X\"}").status()).isEqualTo(403);
        assertThat(api().get("/api/v1/clients").status()).isEqualTo(401);
    }

    @Test
    void everyChangeIsAudited(@Autowired AuditTrail audit) {
        String id = client(unique("UAB Auditas "));
        admin().patch("/api/v1/clients/" + id, "{\"name\": \"UAB Auditas pakeistas\"}");
        admin().post("/api/v1/clients/" + id + "/contacts", "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.lt\"}");

        var history = audit.historyOf(id, 10);
        assertThat(history).extracting(e -> e.subject() + ":" + e.action())
                .containsExactly("CONTACT:CREATED", "CLIENT:UPDATED", "CLIENT:CREATED");
        var update = history.get(1);
        assertThat(update.actor()).isEqualTo(ADMIN);
        assertThat(update.before()).contains("UAB Auditas").doesNotContain("pakeistas");
        assertThat(update.after()).contains("UAB Auditas pakeistas");
        assertThat(update.changes()).extracting(c -> c.field() + "=" + c.after()).containsExactly("name=UAB Auditas pakeistas");
    }
}
