package lt.pagalba.request;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class RequestApiTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    @Test
    void aPhoneRequestIsRegisteredWithANumberAndTheContactAsGiven() {
        String company = unique("UAB Registracija ");
        var created = admin().post("/api/v1/requests", json(phoneRequest(company, "ona@registracija.lt")));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        var r = created.json();
        assertThat(r.path("number").asString()).matches("\\d{4}-\\d{6}");
        assertThat(r.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(r.path("channel").asString()).isEqualTo("PHONE");
        assertThat(r.path("urgent").asBoolean()).isFalse();
        assertThat(r.path("receivedAt").asString()).isNotBlank();
        assertThat(r.path("client").path("name").asString()).isEqualTo(company);
        assertThat(r.path("contact").path("lastName").asString()).isEqualTo("Onaitė");
        assertThat(r.path("contact").path("phone").asString()).isEqualTo("+37061234567");
        assertThat(r.path("summary").asString()).isEqualTo("Neatsidaro metinė ataskaita");
        assertThat(r.path("assignments").isArray()).isTrue();
        assertThat(r.path("workEntries").isArray()).isTrue();
        assertThat(r.has("requestedConsultant")).isTrue();
        assertThat(r.has("requestedConsultantHonoured")).isTrue();

        var fetched = admin().get("/api/v1/requests/" + r.path("id").asString());
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.field("number")).isEqualTo(r.path("number").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"companyName", "contact.firstName", "contact.lastName", "contact.position", "contact.phone",
            "contact.email", "summary"})
    void eachRequiredItemIsNamedWhenMissing(String field) {
        Map<String, Object> body = phoneRequest(unique("UAB Trūksta "), "ona@truksta.lt");
        if (field.startsWith("contact.")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> contact = (Map<String, Object>) body.get("contact");
            contact.remove(field.substring(8));
        } else {
            body.remove(field);
        }
        var refused = admin().post("/api/v1/requests", json(body));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(refused.errorCode(field)).isEqualTo("required");
    }

    @Test
    void allMissingItemsAreNamedAtOnceAndNothingIsRegistered() {
        long before = admin().get("/api/v1/requests?size=1").json().path("total").asLong();
        var refused = admin().post("/api/v1/requests", "{\"channel\": \"WEB\", \"contact\": {\"phone\": \"\", \"email\": \"  \"}}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("companyName", "contact.firstName", "contact.lastName",
                "contact.position", "contact.phone", "contact.email", "summary");
        assertThat(admin().get("/api/v1/requests?size=1").json().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void malformedContactDataIsRefused() {
        Map<String, Object> body = phoneRequest(unique("UAB Blogi "), "not-an-email");
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) body.get("contact");
        contact.put("phone", "12");
        var refused = admin().post("/api/v1/requests", json(body));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("contact.phone", "contact.email");
        assertThat(admin().post("/api/v1/requests", "{\"channel\": \"FAX\"}").status()).isEqualTo(400);
    }

    @Test
    void theClientIsFoundByNameWhateverTheLegalFormAndQuotes() {
        String base = unique("Bandymas");
        String clientId = client("UAB „" + base + "“");
        for (String typed : List.of("UAB „" + base + "“", base + ", UAB", base.toUpperCase(), "uab " + base, "\"" + base + "\" UAB")) {
            var r = admin().post("/api/v1/requests", json(phoneRequest(typed, "ona@bandymas.lt")));
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.json().path("client").path("id").asString()).as(typed).isEqualTo(clientId);
        }
        var contacts = admin().get("/api/v1/clients/" + clientId + "/contacts");
        assertThat(contacts.json().path("total").asInt()).as("one contact, matched by e-mail after the first").isEqualTo(1);
    }

    @Test
    void theClientIsFoundByCompanyCodeOrIdOrCreated() {
        String code = companyCode();
        String clientId = admin().post("/api/v1/clients", "{\"name\": \"UAB Kodas\", \"companyCode\": \"%s\"}".formatted(code)).field("id");
        var byCode = admin().post("/api/v1/requests", json(phoneRequest(code, "a@kodas.lt")));
        assertThat(byCode.json().path("client").path("id").asString()).isEqualTo(clientId);

        Map<String, Object> byIdBody = phoneRequest(null, "a@kodas.lt");
        byIdBody.put("clientId", clientId);
        assertThat(admin().post("/api/v1/requests", json(byIdBody)).json().path("client").path("id").asString()).isEqualTo(clientId);

        byIdBody.put("clientId", "00000000-0000-0000-0000-000000000000");
        var unknown = admin().post("/api/v1/requests", json(byIdBody));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("clientId");

        String fresh = unique("UAB Naujas ");
        var created = admin().post("/api/v1/requests", json(phoneRequest(fresh, "pirmas@naujas.lt")));
        String newClient = created.json().path("client").path("id").asString();
        assertThat(newClient).isNotIn(clientId);
        var details = admin().get("/api/v1/clients/" + newClient);
        assertThat(details.field("name")).isEqualTo(fresh);
        assertThat(details.json().path("contacts").get(0).path("email").asString()).isEqualTo("pirmas@naujas.lt");
        assertThat(details.json().path("contacts").get(0).path("position").asString()).isEqualTo("Buhalterė");
    }

    @Test
    void theSnapshotKeepsTheContactAsGivenAfterTheContactChanges() {
        String clientId = client(unique("UAB Momentinė "));
        Map<String, Object> body = phoneRequest(null, "petras@momentine.lt");
        body.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", json(body)).field("id");
        String contactId = admin().get("/api/v1/clients/" + clientId + "/contacts").json().path("items").get(0).path("id").asString();

        admin().patch("/api/v1/clients/" + clientId + "/contacts/" + contactId, "{\"lastName\": \"Pakeistaitė\"}");

        assertThat(admin().get("/api/v1/requests/" + requestId).json().path("contact").path("lastName").asString())
                .isEqualTo("Onaitė");
    }

    @Test
    void onlyAnAdministratorRegisters() {
        var consultant = staffMember(unique("nereg"), "CONSULTANT");
        assertThat(consultant.post("/api/v1/requests", json(phoneRequest("UAB X", "x@x.lt"))).status()).isEqualTo(403);
        assertThat(api().post("/api/v1/requests", json(phoneRequest("UAB X", "x@x.lt"))).status()).isEqualTo(401);
        assertThat(consultant.get("/api/v1/requests").status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/requests/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void aWorkingGroupHasOneLeadAndMembers() {
        String jonas = unique("jonas");
        String petras = unique("petras");
        String ona = unique("ona");
        var jonasApi = staffMember(jonas, "CONSULTANT");
        staffMember(petras, "CONSULTANT");
        staffMember(ona, "CONSULTANT");
        String id = admin().post("/api/v1/requests", json(phoneRequest(unique("UAB Grupė "), "g@grupe.lt"))).field("id");

        var lead = admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\": \"%s\", \"role\": \"LEAD\"}".formatted(jonas));
        assertThat(lead.status()).isEqualTo(201);
        assertThat(lead.field("consultant")).isEqualTo(jonas);
        assertThat(lead.field("role")).isEqualTo("LEAD");
        assertThat(admin().get("/api/v1/requests/" + id).field("status")).isEqualTo("ASSIGNED");

        assertThat(jonasApi.post("/api/v1/requests/" + id + "/assignments",
                "{\"consultant\": \"%s\", \"role\": \"MEMBER\"}".formatted(petras)).status()).as("the lead adds a helper").isEqualTo(201);

        // a new lead takes over; the old one stays as a member: still one lead
        admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\": \"%s\", \"role\": \"LEAD\"}".formatted(ona));
        var group = admin().get("/api/v1/requests/" + id).json().path("assignments");
        assertThat(group.size()).isEqualTo(3);
        assertThat(group.toString()).contains("\"consultant\":\"" + ona + "\",\"role\":\"LEAD\"");
        int leads = 0;
        for (var a : group) {
            leads += a.path("role").asString().equals("LEAD") ? 1 : 0;
        }
        assertThat(leads).isEqualTo(1);

        assertThat(admin().delete("/api/v1/requests/" + id + "/assignments/" + petras).status()).isEqualTo(204);
        assertThat(admin().delete("/api/v1/requests/" + id + "/assignments/" + petras).status()).isEqualTo(404);
        assertThat(admin().post("/api/v1/requests/" + id + "/assignments",
                "{\"consultant\": \"nobody-x\", \"role\": \"LEAD\"}").status()).isEqualTo(422);
        assertThat(jonasApi.post("/api/v1/requests/" + id + "/assignments",
                "{\"consultant\": \"%s\", \"role\": \"LEAD\"}".formatted(jonas)).status()).as("a member cannot take the lead").isEqualTo(403);
    }

    @Test
    void theWorkingGroupSaysWhenEachJoinedInVilniusTimeInTheRecordAndInTheJournal() {
        String lead = unique("laikas");
        String member = unique("narys");
        staffMember(lead, "CONSULTANT");
        staffMember(member, "CONSULTANT");
        var created = admin().post("/api/v1/requests", json(phoneRequest(unique("UAB Laikas "), "l@laikas.lt")));
        String id = created.field("id");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\": \"%s\", \"role\": \"MEMBER\"}".formatted(member));
        admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\": \"%s\", \"role\": \"LEAD\"}".formatted(lead));
        OffsetDateTime after = OffsetDateTime.now().plusSeconds(1);

        var record = admin().get("/api/v1/requests/" + id).json().path("assignments");
        var listed = admin().get("/api/v1/requests?q=" + created.field("number")).json().path("items").get(0).path("assignments");
        assertThat(listed).as("the journal's row shows the group as the record does").isEqualTo(record);
        assertThat(record.get(0).path("consultant").asString()).as("the lead first").isEqualTo(lead);
        assertThat(record.get(1).path("consultant").asString()).isEqualTo(member);
        for (var assignment : record) {
            OffsetDateTime at = OffsetDateTime.parse(assignment.path("assignedAt").asString());
            assertThat(at).isBetween(before, after);
            assertThat(at.getOffset()).as("Vilnius time").isEqualTo(Vilnius.ZONE.getRules().getOffset(at.toInstant()));
        }
        OffsetDateTime memberJoined = OffsetDateTime.parse(record.get(1).path("assignedAt").asString());
        assertThat(OffsetDateTime.parse(record.get(0).path("assignedAt").asString())).as("the lead joined second")
                .isAfterOrEqualTo(memberJoined);
    }

    @Test
    void statusesMoveOnlyAlongAllowedTransitions() {
        String lead = unique("stat");
        var leadApi = staffMember(lead, "CONSULTANT");
        var stranger = staffMember(unique("svet"), "CONSULTANT");
        String id = admin().post("/api/v1/requests", json(phoneRequest(unique("UAB Būsena "), "b@busena.lt"))).field("id");

        assertThat(admin().post("/api/v1/requests/" + id + "/status", "{\"status\": \"RESOLVED\"}").status())
                .as("registered cannot be resolved before anyone works on it").isEqualTo(409);
        assertThat(admin().post("/api/v1/requests/" + id + "/status", "{\"status\": \"ASSIGNED\"}").status())
                .as("assigned needs a lead").isEqualTo(409);

        admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\": \"%s\", \"role\": \"LEAD\"}".formatted(lead));
        assertThat(stranger.post("/api/v1/requests/" + id + "/status", "{\"status\": \"IN_PROGRESS\"}").status()).isEqualTo(403);
        var inProgress = leadApi.post("/api/v1/requests/" + id + "/status", "{\"status\": \"IN_PROGRESS\"}");
        assertThat(inProgress.status()).isEqualTo(200);
        assertThat(inProgress.field("status")).isEqualTo("IN_PROGRESS");
        assertThat(leadApi.post("/api/v1/requests/" + id + "/status", "{\"status\": \"RESOLVED\", \"note\": \"Pataisyta\"}")
                .field("status")).isEqualTo("RESOLVED");
        assertThat(admin().post("/api/v1/requests/" + id + "/status", "{\"status\": \"CLOSED\"}").field("status")).isEqualTo("CLOSED");

        var reopen = admin().post("/api/v1/requests/" + id + "/status", "{\"status\": \"IN_PROGRESS\"}");
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(reopen.contentType()).startsWith("application/problem+json");
        assertThat(admin().post("/api/v1/requests/" + id + "/status", "{}").status()).isEqualTo(422);
        assertThat(admin().post("/api/v1/requests/" + id + "/status", "{\"status\": \"DONE\"}").status()).isEqualTo(400);

        var timeline = admin().get("/api/v1/requests/" + id + "/timeline").text();
        assertThat(timeline).contains("REGISTERED", "ASSIGNED", "STATUS_CHANGED", "Pataisyta", lead);
    }

    @Test
    void theJournalIsFilteredAndSearchedWithAndWithoutDiacritics() {
        String clientId = client(unique("UAB Paieška "));
        String marker = unique("zz");
        Map<String, Object> body = phoneRequest(null, "p@paieska.lt");
        body.put("clientId", clientId);
        body.put("summary", "Nesiunčiama PVM ataskaitą " + marker);
        String id = admin().post("/api/v1/requests", json(body)).field("id");

        for (String q : List.of("ataskaitą " + marker, "ataskaita " + marker, "ATASKAITA " + marker, "nesiunciama " + marker,
                "ataskai " + marker, "Onaite " + marker)) {
            var found = admin().get("/api/v1/requests?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(found.json().path("items").toString()).as(q).contains(id);
        }
        String number = admin().get("/api/v1/requests/" + id).field("number");
        assertThat(admin().get("/api/v1/requests?q=" + number).json().path("items").toString()).contains(id);
        assertThat(admin().get("/api/v1/requests?clientId=" + clientId).json().path("total").asInt()).isEqualTo(1);
        assertThat(admin().get("/api/v1/requests?clientId=" + clientId + "&status=CLOSED").json().path("total").asInt()).isZero();
        assertThat(admin().get("/api/v1/requests?clientId=" + clientId + "&status=REGISTERED").json().path("total").asInt()).isEqualTo(1);
        String today = Vilnius.today().toString();
        assertThat(admin().get("/api/v1/requests?clientId=" + clientId + "&from=" + today + "&to=" + today).json().path("total").asInt()).isEqualTo(1);
        assertThat(admin().get("/api/v1/requests?clientId=" + clientId + "&to=2020-01-01").json().path("total").asInt()).isZero();
        assertThat(admin().get("/api/v1/requests?q=" + marker).json().path("items").get(0).has("workEntries"))
                .as("list items come without work entries").isFalse();
    }

    @Test
    void theJournalIsNewestFirst() {
        String clientId = client(unique("UAB Eilė "));
        for (String at : List.of("2026-10-05T09:12:00+03:00", "2026-10-07T09:12:00+03:00", "2026-10-06T09:12:00+03:00")) {
            Map<String, Object> body = phoneRequest(null, "e@eile.lt");
            body.put("clientId", clientId);
            body.put("receivedAt", at);
            assertThat(admin().post("/api/v1/requests", json(body)).status()).isEqualTo(201);
        }
        var items = admin().get("/api/v1/requests?clientId=" + clientId).json().path("items");
        assertThat(items.get(0).path("receivedAt").asString()).startsWith("2026-10-07T09:12");
        assertThat(items.get(2).path("receivedAt").asString()).isEqualTo("2026-10-05T09:12:00+03:00");
    }
}
