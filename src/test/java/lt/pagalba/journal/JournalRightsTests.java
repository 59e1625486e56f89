package lt.pagalba.journal;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Whose time is whose: everyone's timesheet for an administrator, corrections and changes only by the entry's author. */
class JournalRightsTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String ona;
    String jonas;
    Api onaApi;
    Api jonasApi;
    String requestId;

    @BeforeEach
    void twoConsultantsOnOneRequest() {
        ona = unique("ona");
        onaApi = staffMember(ona, "CONSULTANT");
        jonas = unique("jon");
        jonasApi = staffMember(jonas, "CONSULTANT");
        requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(
                Fixtures.phoneRequest(unique("UAB Teisės "), "t@teises.lt"))).field("id");
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(ona));
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"MEMBER\"}".formatted(jonas));
    }

    private Api.Response log(Api as, Map<String, Object> body) {
        return as.post("/api/v1/requests/" + requestId + "/work-entries", JSON.writeValueAsString(body));
    }

    @Test
    void anAdministratorSeesEveryonesTimesheet() {
        String entry = log(onaApi, aWorkEntry().of(25).minutes().by(ona).json()).field("id");

        var everyone = admin().get("/api/v1/timesheets");
        assertThat(everyone.status()).as(everyone.text()).isEqualTo(200);
        assertThat(everyone.text()).contains(entry);
        assertThat(admin().get("/api/v1/timesheets?consultant=").text()).contains(entry);
        assertThat(admin().get("/api/v1/timesheets?consultant=" + ona).text()).contains(entry);
    }

    @Test
    void aConsultantCannotCorrectAnotherConsultantsEntry() {
        String entry = log(onaApi, aWorkEntry().of(30).minutes().by(ona).json()).field("id");

        var zeroed = log(jonasApi, aWorkEntry().of(-30).minutes().by(jonas).correcting(entry).json());
        assertThat(zeroed.status()).as(zeroed.text()).isEqualTo(403);
        assertThat(zeroed.contentType()).startsWith("application/problem+json");
        assertThat(admin().get("/api/v1/work-entries/" + entry).json().path("minutes").asInt()).isEqualTo(30);

        assertThat(log(onaApi, aWorkEntry().of(-10).minutes().by(ona).correcting(entry).json()).status())
                .as("the author corrects it").isEqualTo(201);
        assertThat(log(admin(), aWorkEntry().of(-5).minutes().by(ADMIN).correcting(entry).json()).status())
                .as("an administrator corrects it").isEqualTo(201);
    }

    @Test
    void changingOrDeletingSomeoneElsesEntryIsForbidden() {
        String entry = log(onaApi, aWorkEntry().of(20).minutes().by(ona).json()).field("id");

        assertThat(jonasApi.patch("/api/v1/work-entries/" + entry, "{\"minutes\": 1}").status()).isEqualTo(403);
        assertThat(jonasApi.delete("/api/v1/work-entries/" + entry).status()).isEqualTo(403);
        assertThat(admin().delete("/api/v1/work-entries/" + entry).status()).as("not even an administrator's to delete").isEqualTo(403);
        assertThat(onaApi.patch("/api/v1/work-entries/" + entry, "{\"minutes\": 21}").status()).isEqualTo(200);
    }
}
