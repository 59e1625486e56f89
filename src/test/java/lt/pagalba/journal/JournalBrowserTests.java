package lt.pagalba.journal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A consultant logs time from the request page and finds it on the timesheet; the client page shows the usage. */
class JournalBrowserTests extends BrowserTestSupport {

    @Test
    void aConsultantLogsTimeAsTypedAndSeesItOnTheTimesheetAndTheClientsUsage() {
        String consultant = unique("laikas");
        staffMember(consultant, "CONSULTANT");
        String clientId = admin().post("/api/v1/clients", "{\"name\":\"%s\"}".formatted(unique("UAB Laikas "))).field("id");
        admin().post("/api/v1/clients/" + clientId + "/contracts", aContract().numbered("S-1").from("2020-01-01").monthly()
                .roundedUpTo(15).including(100, CONSULTATION).at("40.00").json());
        var body = Fixtures.phoneRequest(null, "l@laikas.lt");
        body.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body)).field("id");
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));

        logIn(consultant, PASSWORD);
        page.navigate(url("/requests/" + requestId));
        page.fill("#duration", "1h30m");
        page.fill("#work-description", "Sutvarkyti PVM nustatymai");
        page.click("#work-form button[type=submit]");

        assertThat(page.locator("#entry-logged")).isVisible();
        assertThat(page.locator("#work-entries")).containsText("1:30");
        assertThat(page.locator("#work-entries")).containsText("Sutvarkyti PVM nustatymai");
        assertThat(page.locator("#request-status")).hasText("vykdomas");
        // as the lead, the consultant is warned: 90 of 100 included minutes used
        assertThat(page.locator("#usage-warning")).containsText("80 %");

        page.fill("#duration", "pusvalandis");
        page.fill("#work-description", "x");
        page.click("#work-form button[type=submit]");
        assertThat(page.locator("#entry-error")).containsText("Trukmė neatpažinta");

        page.click("text=Darbo laikas");
        assertThat(page.locator("#timesheet")).containsText("Sutvarkyti PVM nustatymai");
        assertThat(page.locator("#timesheet-total")).hasText("1:30");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/clients/" + clientId));
        assertThat(page.locator("#usage-current")).containsText("1:30 iš 1:40 val.");
        assertThat(page.locator("#usage-chart .period")).hasCount(12);
        assertThat(admin().get("/api/v1/requests/" + requestId).json().path("workEntries").get(0).path("minutes").asInt())
                .isEqualTo(90);
    }
}
