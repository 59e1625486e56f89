package lt.pagalba.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notices by e-mail a staff member chooses (issue 13 item 9): under their own settings, and on the
 * administrator's staff form; the defaults are lead, urgent and escalation on, member off.
 */
class NotificationSettingsBrowserTests extends BrowserTestSupport {

    @Autowired
    NotificationPreferences preferences;

    @Test
    void aConsultantChoosesWhatComesByMailUnderTheirOwnSettings() {
        String consultant = unique("nustatymai");
        staffMember(consultant, "CONSULTANT");
        logIn(consultant, PASSWORD);
        page.navigate(url("/profile"));
        assertThat(page.locator("#notify-lead")).isChecked();
        assertThat(page.locator("#notify-urgent")).isChecked();
        assertThat(page.locator("#notify-escalation")).isChecked();
        assertThat(page.locator("#notify-member")).not().isChecked();

        page.check("#notify-member");
        page.uncheck("#notify-lead");
        page.selectOption("#notify-language", "en");
        page.click("#notification-save");

        assertThat(page.locator("#notification-form")).containsText("Pranešimų nustatymai išsaugoti.");
        assertThat(page.locator("#notify-member")).isChecked();
        assertThat(page.locator("#notify-lead")).not().isChecked();
        assertThat(preferences.of(consultant)).isEqualTo(new NotificationSettings("en", false, true, true, true));
    }

    @Test
    void theAdministratorSetsThemOnTheStaffForm() {
        String consultant = unique("adminas");
        staffMember(consultant, "CONSULTANT");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/staff/" + consultant));
        page.uncheck("#notify-escalation");
        page.click("#notification-save");

        assertThat(page.locator("#notify-escalation")).not().isChecked();
        assertThat(preferences.of(consultant)).isEqualTo(new NotificationSettings("lt", true, false, true, false));
    }
}
