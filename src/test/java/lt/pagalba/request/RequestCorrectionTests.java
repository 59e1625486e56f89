package lt.pagalba.request;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import lt.pagalba.audit.AuditEntry;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correcting a registered request (issue 13 item 6): {@code PATCH /api/v1/requests/{id}} changes the
 * registration's fields as a merge patch, checked as a registration is; each changed field is audited and
 * on the timeline with its old and new value.
 */
class RequestCorrectionTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    private String register(String company) {
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(phoneRequest(company, "ona@taisymas.lt")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    private List<JsonNode> corrections(String id) {
        JsonNode items = admin().get("/api/v1/requests/" + id + "/timeline").json().path("items");
        return StreamSupport.stream(items.spliterator(), false).filter(e -> e.path("kind").asString().equals("CORRECTED")).toList();
    }

    @Test
    void eachCorrectedFieldIsChangedAuditedAndOnTheTimelineWithItsOldValue() {
        String id = register(unique("UAB Taisymas "));

        var corrected = admin().patch("/api/v1/requests/" + id, """
                {"summary": "Neveikia PVM deklaracija", "contact": {"phone": "+37069999999"}, "channel": "EMAIL"}""");

        assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
        assertThat(corrected.field("summary")).isEqualTo("Neveikia PVM deklaracija");
        assertThat(corrected.json().path("contact").path("phone").asString()).isEqualTo("+37069999999");
        assertThat(corrected.json().path("contact").path("email").asString()).isEqualTo("ona@taisymas.lt");
        assertThat(corrected.field("channel")).isEqualTo("EMAIL");
        assertThat(admin().get("/api/v1/requests/" + id).field("summary")).isEqualTo("Neveikia PVM deklaracija");
        assertThat(corrections(id)).extracting(e -> e.path("details").path("field").asString() + ": "
                        + e.path("details").path("from").asString() + " → " + e.path("details").path("to").asString())
                .containsExactly("summary: Neatsidaro metinė ataskaita → Neveikia PVM deklaracija",
                        "contact.phone: +37061234567 → +37069999999", "channel: PHONE → EMAIL");
        List<AuditEntry> trail = audit.historyOf(id, 10);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).subject()).isEqualTo("REQUEST");
        assertThat(trail.get(0).changes()).extracting(AuditEntry.Change::field)
                .containsExactlyInAnyOrder("summary", "contact.phone", "channel"); // jsonb keeps keys in its own order
    }

    @Test
    void theWorkOfARequestFollowsItsCorrectedClientSoItIsBilledToTheClientItWasDoneFor() {
        String id = register(unique("UAB Klaidingas "));
        String wrong = admin().get("/api/v1/requests/" + id).json().path("client").path("id").asString();
        String right = client(unique("UAB Teisingas "));
        LocalDate day = CORRECTED_MONTH_DAY;
        UUID entry = workEntry(id, wrong, day);

        var corrected = admin().patch("/api/v1/requests/" + id, "{\"clientId\": \"" + right + "\"}");

        assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
        assertThat(entryClient(entry)).isEqualTo(right);
        assertThat(jdbc.sql("SELECT count(*) FROM work_entry WHERE request_id = CAST(:r AS uuid) AND client_id = CAST(:c AS uuid)")
                .param("r", id).param("c", wrong).query(Long.class).single()).as("nothing of it left with the wrong client").isZero();
        var run = staffMember(unique("klaidos"), "ACCOUNTANT").post("/api/v1/billing-runs",
                "{\"period\":\"%d-%02d\"}".formatted(day.getYear(), day.getMonthValue()));
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(StreamSupport.stream(run.json().path("invoices").spliterator(), false).map(i -> i.path("clientId").asString()).toList())
                .as(run.text()).contains(right).doesNotContain(wrong);
    }

    @Test
    void aClientWhoseTimeOnTheRequestIsBilledCannotBeCorrectedAway() {
        String billed = client(unique("UAB Apmokestintas "));
        var body = phoneRequest(null, "ona@taisymas.lt");
        body.put("clientId", billed);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.field("id");
        LocalDate day = BILLED_MONTH_DAY;
        UUID entry = workEntry(id, billed, day);
        var run = staffMember(unique("saskaita"), "ACCOUNTANT").post("/api/v1/billing-runs",
                "{\"period\":\"%d-%02d\"}".formatted(day.getYear(), day.getMonthValue()));
        assertThat(StreamSupport.stream(run.json().path("invoices").spliterator(), false).map(i -> i.path("clientId").asString()))
                .as(run.text()).contains(billed);

        var refused = admin().patch("/api/v1/requests/" + id, "{\"clientId\": \"" + client(unique("UAB Kitas ")) + "\"}");

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.text()).contains(admin().get("/api/v1/requests/" + id).field("number"));
        assertThat(admin().get("/api/v1/requests/" + id).json().path("client").path("id").asString()).isEqualTo(billed);
        assertThat(entryClient(entry)).isEqualTo(billed);
        assertThat(corrections(id)).isEmpty();
    }

    /**
     * A day of a month long past that no other test bills, one month for each test: a month runs once
     * (B6), so a second run of a month another test billed first answers with that test's proformas.
     * (The two tests once drew their months at random from the same ten and met now and then.)
     */
    private static final LocalDate CORRECTED_MONTH_DAY = LocalDate.of(2006, 5, 12);
    private static final LocalDate BILLED_MONTH_DAY = LocalDate.of(2006, 6, 12);

    private UUID workEntry(String requestId, String clientId, LocalDate day) {
        UUID entry = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), 'admin', :day, 90, 'PHONE', 'CONSULTATION',
                  'Konsultacija', now(), 'admin')""").param("id", entry).param("request", requestId)
                .param("client", clientId).param("day", day).update();
        return entry;
    }

    private String entryClient(UUID entry) {
        return jdbc.sql("SELECT client_id::text FROM work_entry WHERE id = :id").param("id", entry).query(String.class).single();
    }

    @Test
    void aCorrectionThatChangesNothingRecordsNothing() {
        String id = register(unique("UAB Nieko "));
        var same = admin().patch("/api/v1/requests/" + id, "{\"summary\": \"Neatsidaro metinė ataskaita\"}");
        assertThat(same.status()).as(same.text()).isEqualTo(200);
        assertThat(corrections(id)).isEmpty();
        assertThat(audit.historyOf(id, 10)).isEmpty();
    }

    @Test
    void badFieldsAreNamedAsInARegistrationAndNothingChanges() {
        String id = register(unique("UAB Blogai "));
        var refused = admin().patch("/api/v1/requests/" + id, """
                {"summary": " ", "contact": {"email": "ne-adresas", "phone": "12"}}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("summary", "contact.email", "contact.phone");

        var unknownClient = admin().patch("/api/v1/requests/" + id, "{\"clientId\": \"" + java.util.UUID.randomUUID() + "\"}");
        assertThat(unknownClient.status()).isEqualTo(422);
        assertThat(unknownClient.errorFields()).containsExactly("clientId");

        var notARegistrationField = admin().patch("/api/v1/requests/" + id, "{\"number\": \"2026-999999\", \"status\": \"CLOSED\"}");
        assertThat(notARegistrationField.status()).isEqualTo(422);
        assertThat(notARegistrationField.errorFields()).containsExactlyInAnyOrder("number", "status");
        assertThat(admin().get("/api/v1/requests/" + id).field("summary")).isEqualTo("Neatsidaro metinė ataskaita");
        assertThat(corrections(id)).isEmpty();
    }

    @Test
    void aClosedRequestCannotBeCorrected() {
        String id = register(unique("UAB Uždaryta "));
        assertThat(admin().post("/api/v1/requests/" + id + "/status", "{\"status\": \"CLOSED\"}").status()).isEqualTo(200);
        var refused = admin().patch("/api/v1/requests/" + id, "{\"summary\": \"Per vėlu\"}");
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void theClientIsChangedByIdAndTheTimelineNamesBothClients() {
        String first = unique("UAB Pirmas ");
        String id = register(first);
        String other = unique("UAB Tikrasis ");
        String otherId = client(other);

        var moved = admin().patch("/api/v1/requests/" + id, "{\"clientId\": \"" + otherId + "\"}");

        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.json().path("client").path("id").asString()).isEqualTo(otherId);
        assertThat(moved.json().path("contact").path("id").isNull()).isFalse(); // the contact is the new client's now
        assertThat(corrections(id)).singleElement().satisfies(e -> {
            assertThat(e.path("details").path("from").asString()).isEqualTo(first);
            assertThat(e.path("details").path("to").asString()).isEqualTo(other);
        });
    }

    @Test
    void theLeadCorrectsTheSummaryButNotTheContactAndOthersNothing() {
        String id = register(unique("UAB Vadovas "));
        String lead = unique("vadovas");
        var consultant = staffMember(lead, "CONSULTANT");
        admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(lead));

        assertThat(consultant.patch("/api/v1/requests/" + id, "{\"description\": \"Tiksliau: klaida 42\"}").status()).isEqualTo(200);
        assertThat(consultant.patch("/api/v1/requests/" + id, "{\"urgent\": true}").status()).isEqualTo(403);
        var accountant = staffMember(unique("buhalteris"), "ACCOUNTANT");
        assertThat(accountant.patch("/api/v1/requests/" + id, "{\"summary\": \"Ne mano\"}").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/requests/" + id).json().path("urgent").asBoolean()).isFalse();
    }

    @Test
    void aRequestMadeUrgentWithoutALeadIsDispatchedAsAnUrgentOne() {
        for (var member : admin().get("/api/v1/staff").json().path("items")) {
            if (member.path("available").asBoolean()) {
                admin().put("/api/v1/staff/" + member.path("username").asString() + "/availability", "{\"available\": false}");
            }
        }
        String onDuty = unique("budi");
        staffMember(onDuty, "CONSULTANT");
        admin().put("/api/v1/staff/" + onDuty + "/availability", "{\"available\": true}");
        String id = register(unique("UAB Skubiau "));
        assertThat(admin().get("/api/v1/requests/" + id).field("status")).isEqualTo("REGISTERED");

        var urgent = admin().patch("/api/v1/requests/" + id, "{\"urgent\": true}");

        assertThat(urgent.status()).as(urgent.text()).isEqualTo(200);
        assertThat(urgent.json().path("urgent").asBoolean()).isTrue();
        assertThat(urgent.field("status")).isEqualTo("ASSIGNED");
        assertThat(urgent.json().path("assignments").get(0).path("consultant").asString()).isEqualTo(onDuty);
        admin().put("/api/v1/staff/" + onDuty + "/availability", "{\"available\": false}");
    }
}
