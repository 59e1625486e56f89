package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.time.temporal.ChronoUnit;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation's API and its rules (no mail server here: replies wait in the outbox): the first
 * contact, calls with their work entries, who may write, and bad input, each refused naming the field
 * with nothing written and nothing queued.
 */
class ConversationApiTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstReplySetsTheFirstContactAndANoteDoesNot() {
        Opened request = open();
        assertThat(firstContact(request)).isNull();

        assertThat(request.asConsultant().post(request.messages(), """
                {"kind":"NOTE","body":"Paskambinsiu rytoj."}""").status()).isEqualTo(201);
        assertThat(firstContact(request)).as("a note is no contact with the client").isNull();

        var reply = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Laba diena, tikriname."}""");
        OffsetDateTime first = firstContact(request);
        assertThat(first).isEqualTo(OffsetDateTime.parse(reply.field("createdAt")));

        request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Dar vienas klausimas."}""");
        assertThat(firstContact(request)).isEqualTo(first);
    }

    @Test
    void aCallGoesOnTheTimelineWithItsWorkEntryAndAnEarlierCallIsTheFirstContact() {
        OffsetDateTime received = OffsetDateTime.now(Vilnius.ZONE).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
        Opened request = Opened.by(admin(), api(), received.toString());
        request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Laba diena."}""");
        OffsetDateTime called = received.plusMinutes(20);

        var call = request.asConsultant().post("/api/v1/requests/" + request.id() + "/calls", """
                {"direction":"OUTBOUND","startedAt":"%s","minutes":12,"note":"Aptarėme ataskaitos nustatymus.",
                 "workEntry":true,"category":"CONSULTATION"}""".formatted(called));

        assertThat(call.status()).as(call.text()).isEqualTo(201);
        assertThat(call.field("direction")).isEqualTo("OUTBOUND");
        assertThat(OffsetDateTime.parse(call.field("startedAt"))).isEqualTo(called);
        assertThat(call.json().path("minutes").asInt()).isEqualTo(12);
        assertThat(firstContact(request)).isEqualTo(called);
        JsonNode entry = request.asConsultant().get("/api/v1/requests/" + request.id() + "/work-entries").json().path("items").get(0);
        assertThat(entry.path("id").asString()).isEqualTo(call.field("workEntryId"));
        assertThat(entry.path("mode").asString()).isEqualTo("PHONE");
        assertThat(entry.path("minutes").asInt()).isEqualTo(12);
        assertThat(entry.path("workDate").asString()).isEqualTo(called.toLocalDate().toString());
        assertThat(entry.path("description").asString()).isEqualTo("Aptarėme ataskaitos nustatymus.");
        assertThat(request.asConsultant().get("/api/v1/requests/" + request.id() + "/calls").json().path("items"))
                .singleElement().satisfies(c -> assertThat(c.path("note").asString()).isEqualTo("Aptarėme ataskaitos nustatymus."));
    }

    @Test
    void aCallWithoutItsFactsIsRefusedNamingEach() {
        Opened request = open();
        String calls = "/api/v1/requests/" + request.id() + "/calls";

        var empty = request.asConsultant().post(calls, "{}");
        var future = request.asConsultant().post(calls, """
                {"direction":"INBOUND","startedAt":"%s","minutes":0,"note":"Skambino"}"""
                .formatted(OffsetDateTime.now(Vilnius.ZONE).plusHours(2)));

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("direction", "minutes", "note");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.errorFields()).containsExactlyInAnyOrder("startedAt", "minutes");
        assertThat(request.asConsultant().get(calls).json().path("items")).isEmpty();
        assertThat(firstContact(request)).isNull();
    }

    @Test
    void anEmptyBodyIsRefusedNamingTheBodyAndNothingIsWritten() {
        Opened request = open();

        var refused = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"   "}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("body");
        assertThat(refused.errorCode("body")).isEqualTo("required");
        nothingWritten(request);
    }

    @Test
    void anAddressThatIsNoAddressIsRefusedNamingIt() {
        Opened request = open();

        var refused = request.asConsultant().language("en").post(request.messages(), """
                {"kind":"REPLY","to":["ona@"],"cc":["buhalterija@klientas.test","ne adresas"],"body":"Tekstas"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("to[0]", "cc[1]");
        assertThat(refused.text()).contains("is not an e-mail address", "ne adresas");
        nothingWritten(request);
    }

    @Test
    void thirtyMegabytesOfFilesAreRefusedNamingTheFiles() {
        Opened request = open();
        byte[] fifteen = new byte[15 * 1024 * 1024];
        MultipartBody body = new MultipartBody().message("""
                {"kind":"REPLY","body":"Siunčiu duomenų bazės kopiją."}""")
                .file("kopija-1.bak", "application/octet-stream", fifteen).file("kopija-2.bak", "application/octet-stream", fifteen);

        var refused = request.asConsultant().send("POST", request.messages(), body.bytes(), body.contentType());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("files");
        assertThat(refused.errorCode("files")).isEqualTo("too_large");
        assertThat(refused.text()).contains("25 MB");
        nothingWritten(request);
    }

    @Test
    void aClosedRequestTakesNoMoreMessages() {
        Opened request = open();
        assertThat(admin().post("/api/v1/requests/" + request.id() + "/status", """
                {"status":"CLOSED","note":"Išspręsta telefonu"}""").status()).isEqualTo(200);

        var reply = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Dar vienas klausimas"}""");
        var call = request.asConsultant().post("/api/v1/requests/" + request.id() + "/calls", """
                {"direction":"OUTBOUND","minutes":5,"note":"Skambutis"}""");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.field("detail")).contains(request.number());
        assertThat(call.status()).isEqualTo(409);
        nothingWritten(request);
    }

    @Test
    void onlyConsultantsOnTheRequestAndAdministratorsWriteButEveryoneReads() {
        Opened request = open();
        Api other = staffMember(unique("kitas"), "CONSULTANT");
        Api accountant = staffMember(unique("buhalt"), "ACCOUNTANT");

        assertThat(other.post(request.messages(), """
                {"kind":"REPLY","body":"Ne mano kreipinys"}""").status()).isEqualTo(403);
        assertThat(accountant.post(request.messages(), """
                {"kind":"NOTE","body":"Pastaba"}""").status()).isEqualTo(403);
        assertThat(other.post("/api/v1/requests/" + request.id() + "/calls", """
                {"direction":"OUTBOUND","minutes":5,"note":"Skambutis"}""").status()).isEqualTo(403);
        nothingWritten(request);

        assertThat(admin().post(request.messages(), """
                {"kind":"NOTE","body":"Administratorės pastaba"}""").status()).isEqualTo(201);
        assertThat(accountant.get(request.messages()).json().path("items")).hasSize(1);
        assertThat(other.get(request.messages()).status()).isEqualTo(200);
        assertThat(api().get(request.messages()).status()).isEqualTo(401);
        assertThat(admin().get("/api/v1/requests/" + UUID.randomUUID() + "/messages").status()).isEqualTo(404);
    }

    @Test
    void aMessageMustSayWhatItIsAndANoteLogsNoTime() {
        Opened request = open();

        var noKind = request.asConsultant().post(request.messages(), """
                {"body":"Tekstas"}""");
        var email = request.asConsultant().post(request.messages(), """
                {"kind":"EMAIL","body":"Tekstas"}""");
        var timedNote = request.asConsultant().post(request.messages(), """
                {"kind":"NOTE","body":"Tekstas","workEntry":{"minutes":5}}""");
        var tooLong = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Tekstas","workEntry":{"minutes":5000}}""");
        var unknownKind = request.asConsultant().post(request.messages(), """
                {"kind":"LETTER","body":"Tekstas"}""");

        assertThat(noKind.errorFields()).containsExactly("kind");
        assertThat(email.errorFields()).containsExactly("kind");
        assertThat(timedNote.errorFields()).containsExactly("workEntry");
        assertThat(tooLong.errorFields()).containsExactly("workEntry.minutes");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.errorFields()).containsExactly("kind");
        nothingWritten(request);
    }

    @Test
    void aGivenSubjectKeepsTheRequestNumberInFront() {
        Opened request = open();

        var reply = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","subject":"Dėl ataskaitos","body":"Tekstas"}""");
        var numbered = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","subject":"Re: [%s] Dėl ataskaitos","body":"Tekstas"}""".formatted(request.number()));

        assertThat(reply.field("subject")).isEqualTo("[" + request.number() + "] Dėl ataskaitos");
        assertThat(numbered.field("subject")).isEqualTo("Re: [" + request.number() + "] Dėl ataskaitos");
    }

    @Test
    void theJournalListsAndSortsByTheFirstContact() {
        OffsetDateTime now = OffsetDateTime.now(Vilnius.ZONE).truncatedTo(ChronoUnit.SECONDS);
        Opened first = Opened.by(admin(), api(), now.minusHours(2).toString());
        String waiting = sameClient(first, now.minusDays(1));
        String later = sameClient(first, now.minusHours(3));
        admin().post(first.messages(), """
                {"kind":"REPLY","body":"Laba diena."}""");
        admin().post("/api/v1/requests/" + later + "/messages", """
                {"kind":"REPLY","body":"Laba diena."}""");

        JsonNode newest = admin().get("/api/v1/requests?clientId=" + first.clientId()).json().path("items");
        JsonNode byContact = admin().get("/api/v1/requests?clientId=" + first.clientId() + "&sort=firstContactAt")
                .json().path("items");

        assertThat(newest).extracting(r -> r.path("id").asString()).containsExactly(first.id(), later, waiting);
        assertThat(byContact).extracting(r -> r.path("id").asString()).containsExactly(waiting, first.id(), later);
        assertThat(byContact.get(0).path("firstContactAt").isNull()).isTrue();
        var bad = admin().get("/api/v1/requests?sort=nonsense");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactly("sort");
    }

    /** Another request of the same client, received then; its id. */
    private String sameClient(Opened request, OffsetDateTime received) {
        var body = Fixtures.phoneRequest(null, "kitas." + request.contactEmail());
        body.put("clientId", request.clientId());
        body.put("receivedAt", received.toString());
        return admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
    }

    private Opened open() {
        return Opened.by(admin(), api());
    }

    private OffsetDateTime firstContact(Opened request) {
        String at = admin().get("/api/v1/requests/" + request.id()).field("firstContactAt");
        return at == null ? null : OffsetDateTime.parse(at);
    }

    /** Nothing of a refused message is kept, no reply is queued, and the request was not contacted. */
    private void nothingWritten(Opened request) {
        assertThat(admin().get(request.messages()).json().path("items")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE request_id = CAST(:id AS uuid) AND kind = 'REPLY'")
                .param("id", request.id())
                .query(Long.class).single()).isZero();
        assertThat(firstContact(request)).isNull();
        assertThat(admin().get("/api/v1/requests/" + request.id() + "/work-entries").json().path("items")).isEmpty();
    }
}
