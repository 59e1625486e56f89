package lt.pagalba.journal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms keep what was typed (issue 13 item 12): a work entry the journal refuses comes back with every
 * field as it was typed and the focus on the duration, and the status select offers the next step forward.
 */
class WorkFormBrowserTests extends BrowserTestSupport {

    @Test
    void aRefusedEntryComesBackAsTypedWithTheFocusOnTheDurationAndTheStatusMovesForward() {
        String lead = unique("ona");
        staffMember(lead, "CONSULTANT");
        var body = Fixtures.phoneRequest(null, "ona@forma.lt");
        body.put("clientId", client(unique("UAB „Forma“ ")));
        String id = admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body)).field("id");
        admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(lead));

        logIn(lead, PASSWORD);
        page.navigate(url("/requests/" + id));
        assertThat(page.locator("#status-target")).hasValue("IN_PROGRESS");
        page.fill("#duration", "daug");
        page.selectOption("#mode", "PHONE");
        page.selectOption("#category", "ADDITIONAL_WORK");
        page.fill("#work-description", "Perkelti likučiai į naują metų duomenų bazę");
        page.fill("#reason", "Kliento prašymu");
        page.click("#work-form button[type=submit]");

        assertThat(page.locator("#entry-error")).isVisible();
        assertThat(page.locator("#duration")).hasValue("daug");
        assertThat(page.locator("#mode")).hasValue("PHONE");
        assertThat(page.locator("#category")).hasValue("ADDITIONAL_WORK");
        assertThat(page.locator("#work-description")).hasValue("Perkelti likučiai į naują metų duomenų bazę");
        assertThat(page.locator("#reason")).hasValue("Kliento prašymu");
        assertThat(page.locator("#duration")).isFocused();

        page.fill("#duration", "1h30m");
        page.click("#work-form button[type=submit]");
        assertThat(page.locator("#work-entries")).containsText("1:30");
        assertThat(page.locator("#work-description")).hasValue("");
    }
}
