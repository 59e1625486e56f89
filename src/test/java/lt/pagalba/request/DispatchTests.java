package lt.pagalba.request;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import java.util.Map;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** R5, R6, R10: who leads a new request. Each test decides who is on duty. */
class DispatchTests extends ApiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    lt.pagalba.mail.Outbox outbox;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void nobodyIsOnDuty() {
        for (var member : admin().get("/api/v1/staff").json().path("items")) {
            if (member.path("available").asBoolean()) {
                admin().put("/api/v1/staff/" + member.path("username").asString() + "/availability", "{\"available\": false}");
            }
        }
    }

    private String onDuty(String prefix) {
        String username = unique(prefix);
        staffMember(username, "CONSULTANT");
        admin().put("/api/v1/staff/" + username + "/availability", "{\"available\": true}");
        return username;
    }

    private Map<String, Object> urgent(String company) {
        Map<String, Object> body = phoneRequest(company, "skubu@klientas.lt");
        body.put("urgent", true);
        return body;
    }

    private void giveOpenRequests(String consultant, int count) {
        for (int i = 0; i < count; i++) {
            String id = admin().post("/api/v1/requests", JSON.writeValueAsString(phoneRequest(unique("UAB Darbas "), "d@d.lt"))).field("id");
            admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
        }
    }

    @Test
    void anUrgentRequestGoesToTheOnDutyConsultantWithFewestOpenRequests() {
        String busy = onDuty("busy");
        String free = onDuty("free");
        giveOpenRequests(busy, 3);
        giveOpenRequests(free, 1);

        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(urgent(unique("UAB Skubu "))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("status")).isEqualTo("ASSIGNED");
        assertThat(created.json().path("urgent").asBoolean()).isTrue();
        var lead = created.json().path("assignments").get(0);
        assertThat(lead.path("consultant").asString()).isEqualTo(free);
        assertThat(lead.path("role").asString()).isEqualTo("LEAD");

        // and an e-mail to them waits in the outbox, once
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(outbox.forRequest(lt.pagalba.shared.RequestId.parse(created.field("id"))))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.recipient()).isEqualTo(free + "@stekas.lt");
                    assertThat(mail.subject()).contains(created.field("number"), "Skubus kreipinys");
                    assertThat(mail.status()).isEqualTo("QUEUED");
                }));
    }

    @Test
    void theRequestedConsultantWinsWhenOnDuty() {
        String wished = onDuty("wish");
        String idle = onDuty("idle");
        giveOpenRequests(wished, 2);
        Map<String, Object> body = urgent(unique("UAB Norima "));
        body.put("requestedConsultant", wished);

        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));

        assertThat(created.json().path("assignments").get(0).path("consultant").asString()).isEqualTo(wished).isNotEqualTo(idle);
        assertThat(created.json().path("requestedConsultant").asString()).isEqualTo(wished);
        assertThat(created.json().path("requestedConsultantHonoured").asBoolean()).isTrue();
    }

    @Test
    void aRequestedConsultantOffDutyIsNotHonouredAndTheReasonIsKept() {
        String wished = unique("off");
        staffMember(wished, "CONSULTANT");
        Map<String, Object> body = phoneRequest(unique("UAB Nebudi "), "n@nebudi.lt");
        body.put("requestedConsultant", wished);

        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));

        assertThat(created.field("status")).as("the administrator decides").isEqualTo("REGISTERED");
        assertThat(created.json().path("requestedConsultantHonoured").asBoolean(true)).isFalse();
        assertThat(created.field("requestedConsultantOutcome")).isEqualTo("NOT_ON_DUTY");
        assertThat(admin().get("/api/v1/requests/" + created.field("id") + "/timeline").text()).contains("NOT_ON_DUTY", wished);

        body.put("requestedConsultant", "Nežinomas Konsultantas");
        var unknown = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(unknown.field("requestedConsultantOutcome")).isEqualTo("UNKNOWN");
        assertThat(unknown.json().path("requestedConsultantHonoured").asBoolean(true)).isFalse();
    }

    @Test
    void aPermanentConsultantOnDutyLeadsTheirClientsRequests() {
        String permanent = onDuty("perm");
        String clientId = admin().post("/api/v1/clients", "{\"name\":\"%s\",\"permanentConsultant\":\"%s\"}"
                .formatted(unique("UAB Nuolatinis "), permanent)).field("id");
        Map<String, Object> body = phoneRequest(null, "p@nuolat.lt");
        body.put("clientId", clientId);

        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));

        assertThat(created.field("status")).isEqualTo("ASSIGNED");
        assertThat(created.json().path("assignments").get(0).path("consultant").asString()).isEqualTo(permanent);
    }

    @Test
    void anUrgentRequestWithNobodyOnDutyIsFlaggedForTheAdministrator() {
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(urgent(unique("UAB Niekas "))));

        assertThat(created.field("status")).isEqualTo("REGISTERED");
        assertThat(created.json().path("assignments").size()).isZero();
        assertThat(admin().get("/api/v1/requests/" + created.field("id") + "/timeline").text()).contains("URGENT_UNASSIGNED");
        var flagged = admin().get("/api/v1/requests?urgent=true&status=REGISTERED");
        assertThat(flagged.json().path("items").toString()).contains(created.field("id"));
    }
}
