package lt.pagalba.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A fresh installation (a database of its own: only the first administrator, no consultant, no client):
 * the administrator's home says what to set up first, with links, and each step goes once it is taken.
 */
@TestPropertySource(properties = "pagalba.test.context=first-start")
class FirstStartBrowserTests extends BrowserTestSupport {

    @Test
    void theFirstStartSaysWhatToSetUpAndEachStepGoesOnceTaken() {
        logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("#setup-duty")).containsText("Nė vienas konsultantas dabar nebudi");
        assertThat(page.locator("#setup-rates a")).hasAttribute("href", "/clients");
        assertThat(page.locator("#setup-seller")).containsText("PAGALBA_SELLER_");
        page.click("#setup-duty a");
        assertThat(page).hasURL(url("/staff"));

        String consultant = unique("budintis");
        staffMember(consultant, "CONSULTANT");
        admin().put("/api/v1/staff/" + consultant + "/availability", "{\"available\":true}");
        client(unique("UAB „Pirmoji“ "));
        page.navigate(url("/"));
        assertThat(page.locator("#setup-duty")).hasCount(0);
        assertThat(page.locator("#setup-rates")).hasCount(0);
        assertThat(page.locator("#setup-seller")).isVisible();
    }
}
