package lt.pagalba.servicelevel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** The contract form's service promise (issue 17) in a real Chromium: given, told wrong beside its field, kept. */
class ContractPromiseBrowserTests extends BrowserTestSupport {

    @Test
    void theAccountantPromisesAFasterFirstContactOnTheContractForm() {
        String client = client(unique("UAB „Greitai“ "));
        String accountant = unique("buh");
        staffMember(accountant, "ACCOUNTANT");
        logIn(accountant, PASSWORD);
        page.navigate(url("/clients/" + client + "/contracts/new"));
        page.fill("#number", "S-PAZADAS");
        page.fill("#validFrom", "2026-01-01");
        page.fill("[id='allowances0.overageHourlyRate']", "40");
        page.fill("[id='allowances1.overageHourlyRate']", "50");
        page.fill("#firstContactMinutes", "0");
        page.click("#contract-form button[type=submit]");
        assertThat(page.locator("#firstContactMinutes-error")).isVisible();

        page.fill("#firstContactMinutes", "120");
        page.click("#contract-form button[type=submit]");
        assertThat(page.locator("#contract-table")).containsText("S-PAZADAS");

        var contract = admin().get("/api/v1/clients/" + client + "/contracts").json().path("items").get(0);
        assertThat(contract.path("firstContactMinutes").asInt()).isEqualTo(120);
        assertThat(contract.path("resolutionMinutes").isNull()).as("left blank: the defaults").isTrue();
        page.click("#contract-table a[href*='/contracts/']");
        assertThat(page.locator("#firstContactMinutes")).hasValue("120");
    }
}
