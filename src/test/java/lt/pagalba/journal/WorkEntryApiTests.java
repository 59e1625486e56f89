package lt.pagalba.journal;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** R8, R9, R11, B5: logging time, who may, what is refused, and corrections instead of edits. */
class WorkEntryApiTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    String consultant;
    Api consultantApi;
    String requestId;

    @BeforeEach
    void aRequestWithALead() {
        consultant = unique("darb");
        consultantApi = staffMember(consultant, "CONSULTANT");
        requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(
                Fixtures.phoneRequest(unique("UAB Darbai "), "d@darbai.lt"))).field("id");
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
    }

    /** Today's remote consultation of so many minutes by the lead, as the API takes it. */
    private Map<String, Object> entry(int minutes) {
        return aWorkEntry().of(minutes).minutes().by(consultant).done(WorkMode.REMOTE)
                .described("Pataisyti ataskaitos nustatymai").json();
    }

    private Api.Response log(Api as, Map<String, Object> body) {
        return as.post("/api/v1/requests/" + requestId + "/work-entries", JSON.writeValueAsString(body));
    }

    @Test
    void theConsultantLogsTimeAndTheRequestIsInProgress() {
        var created = log(consultantApi, entry(45));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("id")).isNotBlank();
        assertThat(created.json().path("minutes").asInt()).isEqualTo(45);
        assertThat(created.field("mode")).isEqualTo("REMOTE");
        assertThat(created.field("category")).isEqualTo("CONSULTATION");
        assertThat(created.field("consultant")).isEqualTo(consultant);
        assertThat(created.field("workDate")).isEqualTo(Vilnius.today().toString());

        var request = admin().get("/api/v1/requests/" + requestId);
        assertThat(request.field("status")).isEqualTo("IN_PROGRESS");
        assertThat(request.json().path("workEntries").get(0).path("description").asString()).isEqualTo("Pataisyti ataskaitos nustatymai");
    }

    @Test
    void badEntriesAreRefusedNamingTheField() {
        Map<String, Object> zero = entry(0);
        assertThat(log(consultantApi, zero).errorFields()).containsExactly("minutes");
        assertThat(log(consultantApi, entry(-10)).errorFields()).as("negative without corrects").containsExactly("minutes");
        assertThat(log(consultantApi, entry(1441)).errorFields()).containsExactly("minutes");

        Map<String, Object> future = entry(30);
        future.put("workDate", Vilnius.today().plusDays(1).toString());
        assertThat(log(consultantApi, future).errorFields()).containsExactly("workDate");

        Map<String, Object> old = entry(30);
        old.put("workDate", Vilnius.today().minusDays(93).toString());
        assertThat(log(consultantApi, old).errorFields()).containsExactly("workDate");
        old.put("reason", "Įvesta iš popierinio žurnalo");
        assertThat(log(consultantApi, old).status()).as("a consultant cannot override").isEqualTo(422);
        assertThat(log(admin(), old).status()).as("an administrator with a reason can").isEqualTo(201);

        Map<String, Object> noDescription = entry(30);
        noDescription.remove("description");
        assertThat(log(consultantApi, noDescription).errorFields()).containsExactly("description");

        Map<String, Object> onSite = entry(120);
        onSite.put("mode", "ON_SITE");
        var refused = log(consultantApi, onSite);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("reason");
        onSite.put("reason", "Serverio gedimas, nuotolinis ryšys neveikia");
        assertThat(log(consultantApi, onSite).status()).isEqualTo(201);

        var everything = log(consultantApi, Map.of());
        assertThat(everything.errorFields()).contains("minutes", "workDate", "mode", "category", "description");
        assertThat(consultantApi.post("/api/v1/requests/" + requestId + "/work-entries", "{\"minutes\": \"daug\"}").status())
                .isEqualTo(400);
    }

    @Test
    void onlyThoseOnTheRequestLogTimeOnIt() {
        String stranger = unique("svet");
        var strangerApi = staffMember(stranger, "CONSULTANT");
        Map<String, Object> body = entry(30);
        body.put("consultant", stranger);
        assertThat(log(strangerApi, body).status()).isEqualTo(403);
        assertThat(log(strangerApi, entry(30)).status()).as("nor for someone else").isEqualTo(403);
        assertThat(log(admin(), body).status()).as("an administrator may").isEqualTo(201);
        assertThat(log(consultantApi, entry(30)).status()).isEqualTo(201);
        assertThat(api().post("/api/v1/requests/" + requestId + "/work-entries", "{}").status()).isEqualTo(401);
    }

    @Test
    void theAuthorChangesAnEntryOnTheSameDayButNotAfterward() {
        String id = log(consultantApi, entry(30)).field("id");

        var changed = consultantApi.patch("/api/v1/work-entries/" + id, "{\"minutes\": 40, \"description\": \"Pataisyta\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("minutes").asInt()).isEqualTo(40);
        assertThat(admin().patch("/api/v1/work-entries/" + id, "{\"minutes\": 50}").status()).as("only its author (API.md: 403)").isEqualTo(403);

        // the next day it is locked: a mistake is corrected by a correction entry
        jdbc.sql("UPDATE work_entry SET created_at = created_at - interval '1 day' WHERE id = CAST(:id AS uuid)").param("id", id).update();
        var locked = consultantApi.patch("/api/v1/work-entries/" + id, "{\"minutes\": 20}");
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(consultantApi.delete("/api/v1/work-entries/" + id).status()).isEqualTo(409);
    }

    @Test
    void aBilledEntryIsLockedAndCorrectedByANegativeEntry(@Autowired WorkEntryLocks locks) {
        var logged = log(consultantApi, entry(50));
        String id = logged.field("id");
        locks.lock(List.of(new LockRange(ClientId.parse(logged.field("clientId")), WorkCategory.CONSULTATION,
                Period.of(Vilnius.today(), PeriodLength.MONTH), "test-invoice-line")));
        assertThat(consultantApi.patch("/api/v1/work-entries/" + id, "{\"minutes\": 20}").status()).isEqualTo(409);
        assertThat(consultantApi.delete("/api/v1/work-entries/" + id).status()).isEqualTo(409);

        Map<String, Object> correction = entry(-20);
        correction.put("corrects", id);
        correction.put("description", "Klaidingai įvesta trukmė");
        var corrected = log(consultantApi, correction);
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
        assertThat(corrected.field("corrects")).isEqualTo(id);
        assertThat(corrected.json().path("minutes").asInt()).isEqualTo(-20);

        Map<String, Object> tooMuch = entry(-31);
        tooMuch.put("corrects", id);
        assertThat(log(consultantApi, tooMuch).errorFields()).as("only 30 left").containsExactly("minutes");
        Map<String, Object> ofCorrection = entry(-5);
        ofCorrection.put("corrects", corrected.field("id"));
        assertThat(log(consultantApi, ofCorrection).errorFields()).containsExactly("corrects");
        Map<String, Object> unknown = entry(-5);
        unknown.put("corrects", "00000000-0000-0000-0000-000000000000");
        assertThat(log(consultantApi, unknown).errorFields()).containsExactly("corrects");

        var history = admin().get("/api/v1/requests/" + requestId).json().path("workEntries");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.toString()).contains("Klaidingai įvesta trukmė", id);
    }

    @Test
    void everyChangeIsAudited(@Autowired AuditTrail audit) {
        String id = log(consultantApi, entry(30)).field("id");
        consultantApi.patch("/api/v1/work-entries/" + id, "{\"minutes\": 35}");
        consultantApi.delete("/api/v1/work-entries/" + id);
        assertThat(audit.historyOf(requestId, 10)).extracting(e -> e.subject() + ":" + e.action() + ":" + e.actor())
                .containsExactly("WORK_ENTRY:DELETED:" + consultant, "WORK_ENTRY:UPDATED:" + consultant,
                        "WORK_ENTRY:CREATED:" + consultant);
        assertThat(admin().get("/api/v1/work-entries/" + id).status()).isEqualTo(404);
    }

    @Test
    void theTimesheetShowsMyWeek() {
        log(consultantApi, entry(30));
        LocalDate today = Vilnius.today();
        var mine = consultantApi.get("/api/v1/timesheets?from=" + today.minusDays(1) + "&to=" + today);
        assertThat(mine.json().path("items").size()).isEqualTo(1);
        assertThat(consultantApi.get("/api/v1/timesheets?consultant=admin").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/timesheets?consultant=" + consultant + "&from=" + today + "&to=" + today)
                .json().path("items").size()).isEqualTo(1);
    }
}
