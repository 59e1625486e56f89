package lt.pagalba.request;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/requests} with several statuses and sorted by any column, both ways (issue 13 item
 * 8); who may act on several requests at once in the journal, and whose saved views a person sees.
 */
class JournalListTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void severalStatusesAreOneFilterWhetherRepeatedOrCommaSeparated() {
        String marker = unique("st");
        created("Pirmas " + marker);
        String closed = created("Antras " + marker);
        admin().post("/api/v1/requests/" + closed + "/status", "{\"status\": \"CLOSED\", \"note\": \"Nebereikia\"}");

        assertThat(total("q=" + marker + "&status=REGISTERED")).isEqualTo(1);
        assertThat(total("q=" + marker + "&status=CLOSED")).isEqualTo(1);
        assertThat(total("q=" + marker + "&status=REGISTERED&status=CLOSED")).isEqualTo(2);
        assertThat(total("q=" + marker + "&status=REGISTERED,CLOSED")).isEqualTo(2);
        assertThat(total("q=" + marker + "&status=ASSIGNED&status=IN_PROGRESS")).isZero();
    }

    @ParameterizedTest(name = "sort={0}&direction={1}")
    @CsvSource({"summary, asc, Alfa|Beta|Gama", "summary, desc, Gama|Beta|Alfa", "number, asc, Beta|Alfa|Gama",
            "number, desc, Gama|Alfa|Beta", "receivedAt, '', Gama|Alfa|Beta", "receivedAt, asc, Beta|Alfa|Gama",
            "client, asc, Alfa|Beta|Gama", "client, desc, Gama|Beta|Alfa", "status, asc, Gama|Beta|Alfa",
            "status, desc, Alfa|Gama|Beta"})
    void theJournalSortsByAnyColumnBothWays(String sort, String direction, String expected) {
        String marker = unique("so");
        for (String word : List.of("Beta", "Alfa", "Gama")) {
            Map<String, Object> body = phoneRequest("UAB " + word + " " + marker, "s@rikiuota.lt");
            body.put("summary", word + " " + marker);
            String id = post(body);
            if (word.equals("Alfa")) {
                admin().post("/api/v1/requests/" + id + "/status", "{\"status\": \"CLOSED\", \"note\": \"Nebereikia\"}");
            }
        }
        var answer = admin().get("/api/v1/requests?q=" + marker + "&sort=" + sort + "&direction=" + direction);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> order = new ArrayList<>();
        for (JsonNode item : answer.json().path("items")) {
            order.add(item.path("summary").asString().split(" ")[0]);
        }
        assertThat(String.join("|", order)).isEqualTo(expected);
    }

    @Test
    void anUnknownSortDirectionOrStatusIsNamedInTheAnswer() {
        var sort = admin().get("/api/v1/requests?sort=colour");
        assertThat(sort.status()).isEqualTo(422);
        assertThat(sort.errorFields()).containsExactly("sort");
        var direction = admin().get("/api/v1/requests?sort=number&direction=up");
        assertThat(direction.status()).isEqualTo(422);
        assertThat(direction.errorFields()).containsExactly("direction");
        var status = admin().get("/api/v1/requests?status=REGISTERED&status=DONE");
        assertThat(status.status()).isEqualTo(422);
        assertThat(status.errorFields()).containsExactly("status");
    }

    @Test
    void onlyAnAdministratorActsOnSeveralRequestsAndEachPersonSeesOnlyTheirOwnViews() {
        String id = created(unique("Vienas "));
        String username = unique("k").toLowerCase();
        staffMember(username, "CONSULTANT");
        WebSession consultant = WebSession.loggedIn(port, username, PASSWORD);

        var refused = consultant.submit("/requests", "/requests/bulk", Map.of("ids", id, "action", "close"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/requests/" + id).field("status")).isEqualTo("REGISTERED");

        String name = unique("Mano rodinys ");
        consultant.submit("/requests", "/requests/views", Map.of("name", name, "query", "status=REGISTERED"));
        assertThat(consultant.get("/requests").html()).contains(name);
        assertThat(WebSession.loggedIn(port, ADMIN, ADMIN_PASSWORD).get("/requests").html()).doesNotContain(name);
    }

    private long total(String query) {
        return admin().get("/api/v1/requests?" + query).json().path("total").asLong();
    }

    private String created(String summary) {
        Map<String, Object> body = phoneRequest(unique("UAB Būsenos "), "b@busenos.lt");
        body.put("summary", summary);
        return post(body);
    }

    private String post(Map<String, Object> body) {
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }
}
