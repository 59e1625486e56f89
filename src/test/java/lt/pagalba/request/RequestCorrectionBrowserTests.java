package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.support.Fixtures.phoneRequest;

import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request page's "Edit" form (issue 13 item 6): a refused correction comes back with what was typed
 * and the message beside its field; a good one is saved and written on the timeline with the old value.
 */
class RequestCorrectionBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theAdministratorCorrectsARequestOnItsPageAndTheTimelineShowsTheOldValue() {
        String id = admin().post("/api/v1/requests", JSON.writeValueAsString(phoneRequest(unique("UAB Puslapis "),
                "ona@puslapis.lt"))).field("id");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + id));
        page.click("#correct summary");
        page.fill("#correct-summary", "Neveikia banko išrašų importas");
        page.fill("#correct-contact-phone", "12");
        page.click("#correct-form button[type=submit]");

        assertThat(page.locator("#correct")).hasAttribute("open", "open");
        assertThat(page.locator("#correct-contact-phone-error")).isVisible();
        assertThat(page.locator("#correct-contact-phone")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#correct-summary")).hasValue("Neveikia banko išrašų importas");
        assertThat(page.locator("#correct-contact-phone")).hasValue("12");
        assertThat(page.locator("h2").first()).hasText("Neatsidaro metinė ataskaita");

        page.fill("#correct-contact-phone", "+370 612 00000");
        page.click("#correct-form button[type=submit]");

        assertThat(page.locator("#corrected")).isVisible();
        assertThat(page.locator("#timeline")).containsText("Trumpas tikslas: Neatsidaro metinė ataskaita → Neveikia banko išrašų importas");
        assertThat(page.locator("#timeline")).containsText("Kontakto telefonas: +37061234567 → +37061200000");
        assertThat(page.locator("body")).containsText("Neveikia banko išrašų importas");
    }
}
