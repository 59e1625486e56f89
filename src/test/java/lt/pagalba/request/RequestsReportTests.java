package lt.pagalba.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests received by channel and open by age (issue 17) over real HTTP: one client's requests moved
 * back to June 2004, a month no other test uses, so that the figures are this test's own.
 */
class RequestsReportTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestsAreCountedByChannelPerWeekWithEveryWeekListedAndTheOpenOnesByAge() {
        String client = client(unique("UAB „Kanalai“ "));
        received(registered(client, "PHONE"), "2004-06-01T09:00+03:00");   // Tuesday: the week of Monday 31 May
        received(registered(client, "EMAIL"), "2004-06-02T23:30+03:00");
        received(registered(client, "PHONE"), "2004-06-16T10:00+03:00");
        received(registered(client, "WEB"), "2004-06-30T23:59+03:00");
        received(registered(client, "PHONE"), "2004-07-01T00:01+03:00");   // July by Vilnius time
        registered(client, "PHONE");                                        // today: under a day old

        var weeks = admin().get("/api/v1/reports/requests?from=2004-06-01&to=2004-06-30&by=week&clientId=" + client);
        var months = admin().get("/api/v1/reports/requests?from=2004-06-01&to=2004-07-31&by=month&clientId=" + client).json();
        var wrong = admin().get("/api/v1/reports/requests?by=year");

        assertThat(weeks.status()).as(weeks.text()).isEqualTo(200);
        JsonNode items = weeks.json().path("items");
        assertThat(items.size()).as("the weeks of 31 May, 7, 14, 21 and 28 June").isEqualTo(5);
        assertThat(items.get(0).path("start").asString()).isEqualTo("2004-05-31");
        assertThat(items.get(0).path("phone").asLong()).isEqualTo(1);
        assertThat(items.get(0).path("email").asLong()).isEqualTo(1);
        assertThat(items.get(1).path("total").asLong()).as("an empty week is listed").isZero();
        assertThat(items.get(2).path("phone").asLong()).isEqualTo(1);
        assertThat(items.get(4).path("web").asLong()).isEqualTo(1);
        assertThat(weeks.json().path("totals").path("total").asLong()).isEqualTo(4);
        assertThat(months.path("items").get(1).path("phone").asLong()).isEqualTo(1);
        JsonNode open = months.path("openByAge");
        assertThat(open.get(0).path("age").asString()).isEqualTo("UNDER_1_DAY");
        assertThat(open.get(0).path("count").asLong()).isEqualTo(1);
        assertThat(open.get(4).path("age").asString()).isEqualTo("OVER_30_DAYS");
        assertThat(open.get(4).path("count").asLong()).isEqualTo(5);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.errorFields()).containsExactly("by");
    }

    @Test
    void onlyTheRequestsTheConsultantLeadsAreCountedForThem() {
        String client = client(unique("UAB „Vadovas“ "));
        String lead = unique("ona");
        staffMember(lead, "CONSULTANT");
        String led = registered(client, "EMAIL");
        assertThat(admin().post("/api/v1/requests/" + led + "/assignments",
                "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(lead)).status()).isEqualTo(201);
        received(led, "2004-06-10T10:00+03:00");
        received(registered(client, "EMAIL"), "2004-06-10T11:00+03:00");

        var report = staffMember(unique("buh"), "ACCOUNTANT").get("/api/v1/reports/requests?from=2004-06-10&to=2004-06-10&consultant=" + lead).json();

        assertThat(report.path("by").asString()).isEqualTo("DAY");
        assertThat(report.path("items").size()).isEqualTo(1);
        assertThat(report.path("items").get(0).path("email").asLong()).isEqualTo(1);
        assertThat(report.path("openByAge").get(4).path("count").asLong()).isEqualTo(1);
        assertThat(staffMember(unique("kons"), "CONSULTANT").get("/api/v1/reports/requests").status()).isEqualTo(403);
    }

    private String registered(String client, String channel) {
        var body = Fixtures.phoneRequest(null, "ona@kanalai.lt");
        body.put("clientId", client);
        body.put("channel", channel);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    private void received(String id, String when) {
        jdbc.sql("UPDATE support_request SET received_at = :at WHERE id = :id")
                .param("at", OffsetDateTime.parse(when)).param("id", UUID.fromString(id)).update();
    }
}
