package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** The phone intake worked from the keyboard alone, as the administrator does with a caller on the line. */
class IntakeKeyboardBrowserTests extends BrowserTestSupport {

    private int keystrokes;

    @Test
    void aKnownCallerIsRegisteredByKeyboardInAtMostFortyKeystrokes() {
        String marker = unique("Klaviat");
        String clientId = client("UAB „" + marker + "“");
        admin().post("/api/v1/clients/" + clientId + "/contacts", """
                {"firstName":"Aistė","lastName":"Aistienė","position":"Direktorė","phone":"+37062222222","email":"aiste@klaviat.lt"}""");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/new"));
        assertThat(page.locator("#companyName")).isFocused();

        type(marker.substring(0, 12));
        assertThat(page.locator("#companyName")).hasAttribute("aria-expanded", "true");
        press("ArrowDown");
        String company = page.locator("#companyName").getAttribute("aria-activedescendant");
        assertThat(page.locator("[id='" + company + "']")).hasAttribute("aria-selected", "true");
        press("ArrowDown");
        String contact = page.locator("#companyName").getAttribute("aria-activedescendant");
        assertThat(page.locator("[id='" + contact + "']")).containsText("Aistė Aistienė");
        press("Enter");
        assertThat(page.locator("[id='contact.email']")).hasValue("aiste@klaviat.lt");
        assertThat(page.locator("#companyName")).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#summary")).isFocused();

        type("Neveikia eksportas");
        press("Tab");
        press("Tab");
        press("Tab");
        assertThat(page.locator("#urgent")).isFocused();
        press("Space");
        press("Tab");
        press("Enter");

        assertThat(page.locator("#registered-number")).hasText(Pattern.compile("\\d{4}-\\d{6}"));
        String number = page.locator("#registered-number").textContent().trim();
        assertThat(page.locator("#register-another")).isFocused();
        assertThat(page.locator("#registered-announcement")).hasAttribute("aria-live", "polite");
        assertThat(page.locator("#registered-announcement")).containsText(number);
        assertThat(keystrokes).isLessThanOrEqualTo(40);

        var registered = admin().get("/api/v1/requests?q=" + number).json().path("items").get(0);
        assertThat(registered.path("client").path("id").asString()).isEqualTo(clientId);
        assertThat(registered.path("urgent").asBoolean()).isTrue();
        assertThat(registered.path("contact").path("phone").asString()).isEqualTo("+37062222222");
    }

    @Test
    void enterInTheCompanyFieldNeverSendsTheFormAndEscapeClosesTheList() {
        String marker = unique("Neisiusti");
        client("UAB " + marker);
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/new"));
        page.locator("#companyName").pressSequentially(marker.substring(0, 12));
        assertThat(page.locator("#lookup [role=option]").first()).isVisible();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/requests/new"));
        assertThat(page.locator("[id='contact.firstName-error']")).hasCount(0);

        page.keyboard().press("Escape");
        assertThat(page.locator("#lookup [role=option]")).hasCount(0);
        assertThat(page.locator("#companyName")).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("label[for=urgent]")).containsText("Skubus");
        assertThat(page.locator("#urgent")).hasAttribute("role", "switch");
    }

    private void type(String text) {
        page.keyboard().type(text);
        keystrokes += text.length();
    }

    private void press(String key) {
        page.keyboard().press(key);
        keystrokes++;
    }
}
