package lt.pagalba.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The new-staff form (issue 13 item 17): no role is chosen for you (an accountant became a consultant by a
 * pre-checked box), the roles are one group with one required mark, and a bad username is told its own rule.
 */
class NewStaffFormBrowserTests extends BrowserTestSupport {

    @Test
    void noRoleIsChosenForYouAndABadUsernameIsToldItsRule() {
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/staff/new"));
        assertThat(page.locator("#roles input[type=checkbox]:checked")).hasCount(0);
        assertThat(page.locator("#roles .mark")).hasCount(1);
        Object marks = page.evaluate("""
                [...document.querySelectorAll('#roles label')].filter(l => getComputedStyle(l, '::after').content.includes('*')).length""");
        assertThat(((Number) marks).intValue()).isZero();

        page.fill("#username", "Rasa Buhalterė");
        page.fill("#firstName", "Rasa");
        page.fill("#lastName", "Rasienė");
        page.fill("#email", "rasa@stekas.lt");
        page.fill("#password", "pakankamai-ilgas");
        page.click("#staff-form button[type=submit]");

        assertThat(page.locator("#username-error")).containsText("2–40 mažųjų lotyniškų raidžių");
        assertThat(page.locator("#roles-error")).hasText("Pasirinkite bent vieną reikšmę.");

        String username = unique("rasa");
        page.fill("#username", username);
        page.fill("#password", "pakankamai-ilgas");
        page.check("#role-ACCOUNTANT");
        page.click("#staff-form button[type=submit]");
        assertThat(page.locator("#staff-" + username)).containsText("Rasienė");
        assertThat(admin().get("/api/v1/staff/" + username).json().path("roles").valueStream().map(r -> r.asString()).toList())
                .containsExactly("ACCOUNTANT");
    }
}
