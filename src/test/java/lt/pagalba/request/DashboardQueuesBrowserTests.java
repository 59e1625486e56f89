package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's queues (issue 13 item 8): each list shows how many requests it holds and links to
 * the journal on the same filter; the lists come again in place on a live notice (and every 30 s).
 */
class DashboardQueuesBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eachListCountsItsRequestsAndSeeAllOpensTheJournalOnTheSameFilter() {
        String number = register(unique("UAB Eilė "));
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/"));
        assertThat(page.locator("#unassigned")).containsText(number);
        int count = count("#unassigned-count");
        assertThat(count).isPositive();

        page.click("#unassigned-all");
        assertThat(page).hasURL(Pattern.compile(".*/requests\\?.*unassigned=true.*"));
        assertThat(page.locator("#journal-unassigned")).isVisible();
        assertThat(page.locator("#journal-results")).containsText(number);
        // the journal's page holds 25: the same requests as the dashboard counted, up to a page of them
        assertThat(page.locator("#journal-results tbody tr")).hasCount(Math.min(count, 25));
    }

    @Test
    void theListsComeAgainInPlaceOnALiveNotice() {
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/"));
        assertThat(page.locator("#dashboard-refresh")).hasAttribute("hx-trigger", Pattern.compile(".*every 30s.*"));
        int before = count("#unassigned-count");
        String number = register(unique("UAB Gyvai "));
        assertThat(page.locator("#unassigned")).not().containsText(number);

        page.evaluate("document.body.dispatchEvent(new CustomEvent('pagalba-notice'))");

        assertThat(page.locator("#unassigned")).containsText(number);
        // the count came in the same swap as the list (written as the reader writes numbers: 1 607)
        assertThat(count("#unassigned-count")).isEqualTo(before + 1);
    }

    private int count(String selector) {
        return Integer.parseInt(page.locator(selector).textContent().replaceAll("[^0-9]", ""));
    }

    private String register(String company) {
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(Fixtures.phoneRequest(company, "eile@pavyzdys.lt")));
        assertThat(created.status()).isEqualTo(201);
        return created.field("number");
    }
}
