package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client page lists the client's requests (issue 13 item 7): the open ones, the longest waiting
 * first, then the latest closed ones, with a link to all of them in the journal.
 */
class ClientRequestsBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theClientPageListsOpenRequestsOldestFirstThenTheClosedOnesAndLinksToTheJournal() {
        String company = unique("UAB Kreipiniai ");
        String clientId = client(company);
        register(clientId, "Naujesnis klausimas", "2026-11-20T10:00:00+02:00");
        register(clientId, "Senesnis klausimas", "2026-11-10T10:00:00+02:00");
        String closed = register(clientId, "Užbaigtas klausimas", "2026-11-15T10:00:00+02:00");
        assertThat(admin().post("/api/v1/requests/" + closed + "/status", "{\"status\": \"CLOSED\"}").status()).isEqualTo(200);

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/clients/" + clientId));

        var open = page.locator("#client-requests-open tbody tr");
        assertThat(open).hasCount(2);
        assertThat(open.nth(0)).containsText("Senesnis klausimas");
        assertThat(open.nth(0)).containsText("užregistruotas");
        assertThat(open.nth(1)).containsText("Naujesnis klausimas");
        assertThat(page.locator("#client-requests-closed tbody tr")).hasCount(1);
        assertThat(page.locator("#client-requests-closed")).containsText("Užbaigtas klausimas");
        assertThat(page.locator("#client-requests-all")).containsText("(3)");

        page.click("#client-requests-all");
        assertThat(page.locator("#journal-results tbody tr")).hasCount(3);
        assertThat(page.locator("#journal-results")).containsText("Senesnis klausimas");
        assertThat(page).hasURL(Pattern.compile(".*clientId=" + clientId));
    }

    private String register(String clientId, String summary, String receivedAt) {
        Map<String, Object> body = Fixtures.phoneRequest("ignored", "kreipiniai@pavyzdys.lt");
        body.put("clientId", clientId);
        body.put("summary", summary);
        body.put("receivedAt", receivedAt);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).isEqualTo(201);
        return created.field("id");
    }
}
