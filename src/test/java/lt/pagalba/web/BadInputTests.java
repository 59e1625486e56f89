package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input gets a clear problem detail naming the problem: never a 500, never a half-saved record. */
class BadInputTests extends ApiTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "not json at all", "[1, 2, 3]", "{\"name\": \"x\",}", ""})
    void malformedJsonIs400(String body) {
        var response = admin().post("/api/v1/clients", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
        assertThat(response.field("title")).isNotBlank();
        assertThat(response.field("detail")).isNotBlank();
    }

    @Test
    void aWrongTypeNamesTheField() {
        var response = admin().post("/api/v1/clients", "{\"name\": \"UAB X\", \"paymentTermDays\": \"soon\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("paymentTermDays");
        assertThat(response.field("detail")).contains("paymentTermDays");
    }

    @Test
    void hugeValuesAreRefusedNotStored() {
        String name = "A".repeat(10_000);
        var response = admin().post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(name));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode("name")).isEqualTo("too_long");

        var bigNumber = admin().post("/api/v1/clients", "{\"name\": \"UAB X\", \"paymentTermDays\": 99999999999999}");
        assertThat(bigNumber.status()).isEqualTo(400);

        var bigRate = admin().post("/api/v1/clients", "{\"name\": \"UAB X\", \"billing\": {\"hourlyRate\": \"99999999999.00\"}}");
        assertThat(bigRate.status()).isEqualTo(422);
        assertThat(bigRate.errorFields()).containsExactly("billing.hourlyRate");
    }

    @Test
    void textInAnotherDeclaredCharsetIsReadAsDeclared() {
        Charset windows1257 = Charset.forName("windows-1257");
        byte[] body = "{\"name\": \"UAB Žąsinas\"}".getBytes(windows1257);
        var response = admin().send("POST", "/api/v1/clients", body, "application/json; charset=windows-1257");
        assertThat(response.status()).isIn(201, 415);
        if (response.status() == 201) {
            assertThat(response.field("name")).isEqualTo("UAB Žąsinas");
        }
    }

    @Test
    void brokenUtf8IsA400() {
        byte[] body = "{\"name\": \"UAB ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[body.length + 3];
        System.arraycopy(body, 0, broken, 0, body.length);
        broken[body.length] = (byte) 0xC3; // a lead byte without its continuation
        broken[body.length + 1] = '"';
        broken[body.length + 2] = '}';
        var response = admin().send("POST", "/api/v1/clients", broken, "application/json");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aControlCharacterInAHeaderIsRefusedBeforeAnythingIsStored() {
        // byte 0x85 is NEL, a control character, in ISO-8859-1 (the charset of header bytes); the header is one the API reads
        String refused = unique("UAB Antraštė");
        var answer = admin().language("lt\u0085").post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(refused));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("detail")).contains("antraštėje");
        assertThat(admin().language("en\u0085").get("/api/v1/clients").field("detail")).contains("header");
        assertThat(admin().get("/api/v1/clients?q=" + URLEncoder.encode(refused, StandardCharsets.UTF_8)).text())
                .doesNotContain(refused);
        // a tab is allowed in a header value
        assertThat(admin().language("lt,\ten;q=0.5").post("/api/v1/clients", "{\"name\": \"%s\"}".formatted(unique("UAB Antraštė")))
                .status()).isEqualTo(201);
    }

    @Test
    void anUnsupportedContentTypeIsRefused() {
        var response = admin().send("POST", "/api/v1/clients", "name=x".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void errorsSpeakTheCallersLanguage() {
        var lithuanian = admin().post("/api/v1/clients", "{}");
        var english = admin().language("en").post("/api/v1/clients", "{}");
        assertThat(lithuanian.json().path("errors").get(0).path("message").asString()).isEqualTo("Šis laukas privalomas.");
        assertThat(english.json().path("errors").get(0).path("message").asString()).isEqualTo("This field is required.");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamed() {
        for (String path : new String[]{"/api/v1/feedback?page=abc", "/api/v1/clients?size=99999999999",
                "/api/v1/requests?from=2026-13-45"}) {
            var response = admin().language("en").get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.errorFields()).as(path).hasSize(1);
            assertThat(response.field("detail")).as(path).contains(response.errorFields().get(0)).doesNotContain("Failed to convert");
        }
    }

    @Test
    void anUnknownMailAttachmentOverTheApiIsAProblemDetail() {
        for (String id : new String[]{"nonsense", UUID.randomUUID().toString(), "..", "%2e%2e%5cetc"}) {
            var response = admin().get("/api/v1/mail/attachments/" + id);
            assertThat(response.status()).as(id).isIn(400, 404);
            if (response.status() == 404) {
                assertThat(response.contentType()).as(id).startsWith("application/problem+json");
                assertThat(response.field("detail")).as(id).doesNotContain("subject.");
            }
        }
    }

    @Test
    void aNulCharacterInJsonTextIsA400NamingTheField() {
        var response = admin().post("/api/v1/clients", "{\"name\": \"UAB \\u0000 Nulis\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("name");
        assertThat(admin().get("/api/v1/clients?q=Nulis").json().path("total").asInt()).isZero();
    }

    @Test
    void aYearTheDatabaseCannotKeepIsA400NotAChangedValue() {
        String client = client(unique("UAB Senovė"));
        var contract = admin().post("/api/v1/clients/" + client + "/contracts", "{\"number\": \"S-1\", \"validFrom\": "
                + "\"-5000-01-01\", \"period\": \"MONTH\", \"incrementMinutes\": 15, \"minimumMinutes\": 0, \"allowances\": []}");
        assertThat(contract.status()).as(contract.text()).isEqualTo(400);
        assertThat(contract.errorFields()).containsExactly("validFrom");
        assertThat(admin().get("/api/v1/clients/" + client + "/contracts").json().path("total").asInt()).isZero();

        var request = admin().post("/api/v1/requests", "{\"channel\": \"PHONE\", \"clientId\": \"" + client + "\", "
                + "\"contact\": {\"firstName\": \"Ona\", \"lastName\": \"Onaitė\", \"position\": \"Buhalterė\", "
                + "\"phone\": \"+37061234567\", \"email\": \"ona@senove.lt\"}, \"summary\": \"Senas\", "
                + "\"receivedAt\": \"0001-01-01T09:00:00+03:00\"}");
        assertThat(request.status()).as(request.text()).isEqualTo(400);
        assertThat(request.errorFields()).containsExactly("receivedAt");
    }

    @Test
    void aNumberIsNotAYesOrNo() {
        var response = admin().post("/api/v1/clients/" + UUID.randomUUID() + "/statements",
                "{\"from\": \"2011-10-01\", \"to\": \"2011-10-31\", \"send\": 1}");
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("send");
    }

    @Test
    void aTenKilobyteFeedbackLinkGetsPagalbasPageNotTheServersError() {
        var response = api().language("en").get("/atsiliepimas/" + "A".repeat(10_240));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.text()).contains("Pagalba").doesNotContain("??");
    }

    @Test
    void healthIsPublic() {
        var health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.field("status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentIsServed() {
        var docs = api().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/v1/clients", "/api/v1/staff");
    }
}
