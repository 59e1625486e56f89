package lt.pagalba.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.util.UUID;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON means what it says: no value is silently turned into another type, a key given twice is an
 * error, and text that is not UTF-8 (or not text at all) is refused before anything is stored.
 */
class StrictJsonTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aNumberIsNoChannel() {
        String company = unique("UAB Kanalas ");
        var request = Fixtures.phoneRequest(company, "k@kanalas.lt");
        request.put("channel", 1);
        var response = admin().post("/api/v1/requests", JSON.writeValueAsString(request));
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("channel");
        assertThat(clientsNamed(company)).isZero();
    }

    @Test
    void aFractionIsNoWholeNumber() {
        var response = admin().post("/api/v1/clients", "{\"name\": \"%s\", \"paymentTermDays\": 14.9}".formatted(unique("UAB Trupmena ")));
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("paymentTermDays");

        var nested = admin().post("/api/v1/clients", "{\"name\": \"UAB X\", \"billing\": {\"incrementMinutes\": 1.9}}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.errorFields()).containsExactly("billing.incrementMinutes");
    }

    @Test
    void aYesOrNoIsNoNameAndTextIsNoYesOrNo() {
        var named = admin().post("/api/v1/clients", "{\"name\": false}");
        assertThat(named.status()).as(named.text()).isEqualTo(400);
        assertThat(named.errorFields()).containsExactly("name");

        var numbered = admin().post("/api/v1/clients", "{\"name\": 42}");
        assertThat(numbered.status()).isEqualTo(400);
        assertThat(numbered.errorFields()).containsExactly("name");

        var send = admin().post("/api/v1/clients/" + UUID.randomUUID() + "/statements",
                "{\"from\": \"2011-10-01\", \"to\": \"2011-10-31\", \"send\": \"true\"}");
        assertThat(send.status()).as(send.text()).isEqualTo(400);
        assertThat(send.errorFields()).containsExactly("send");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String name = unique("UAB Dvigubas ");
        var response = admin().post("/api/v1/clients", "{\"name\": \"UAB Pirmas\", \"name\": \"%s\"}".formatted(name));
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("name");
        assertThat(clientsNamed(name)).isZero();

        var nested = admin().post("/api/v1/clients", "{\"name\": \"UAB X\", \"billing\": {\"period\": \"MONTH\", \"period\": \"QUARTER\"}}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.errorFields()).containsExactly("billing.period");
    }

    @Test
    void anOverlongUtf8FormIsRefusedNotDecoded() {
        String name = unique("UAB Ilgas");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"name\": \"" + name).getBytes(UTF_8));
        body.write(0xC0); // C0 AF: "/" in two bytes, which UTF-8 forbids
        body.write(0xAF);
        body.writeBytes("\"}".getBytes(UTF_8));
        var response = admin().language("en").send("POST", "/api/v1/clients", body.toByteArray(), "application/json");
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.field("detail")).contains("UTF-8");
        assertThat(clientsNamed(name)).isZero();

        ByteArrayOutputStream encodedSurrogate = new ByteArrayOutputStream();
        encodedSurrogate.writeBytes(("{\"name\": \"" + name).getBytes(UTF_8));
        encodedSurrogate.writeBytes(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // U+D800 encoded as if it were a character
        encodedSurrogate.writeBytes("\"}".getBytes(UTF_8));
        assertThat(admin().send("POST", "/api/v1/clients", encodedSurrogate.toByteArray(), "application/json").status()).isEqualTo(400);
    }

    @Test
    void halfOfASurrogatePairIsNoText() {
        String name = unique("UAB Pusė");
        var response = admin().post("/api/v1/clients", "{\"name\": \"" + name + " \\ud800 x\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("name");
        assertThat(clientsNamed(name)).isZero();

        var pair = admin().post("/api/v1/clients", "{\"name\": \"" + name + " \\ud83d\\ude00\"}");
        assertThat(pair.status()).as("a whole pair is a character (😀)").isEqualTo(201);
    }

    private int clientsNamed(String name) {
        return admin().get("/api/v1/clients?q=" + URLEncoder.encode(name, UTF_8)).json().path("total").asInt();
    }
}
