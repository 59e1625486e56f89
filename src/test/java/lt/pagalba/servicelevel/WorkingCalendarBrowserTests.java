package lt.pagalba.servicelevel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Page;

/** The administrator's working calendar page in a real Chromium. */
class WorkingCalendarBrowserTests extends BrowserTestSupport {

    /** The tests share one database with every API test: the default hours come back after each. */
    @AfterEach
    void standardHoursAgain() {
        var restored = admin().put("/api/v1/working-calendar", """
                {"year": 2026, "holidays": [], "hours": {"MONDAY": ["08:00", "17:00"], "TUESDAY": ["08:00", "17:00"],
                 "WEDNESDAY": ["08:00", "17:00"], "THURSDAY": ["08:00", "17:00"], "FRIDAY": ["08:00", "17:00"]}}""");
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }

    @Test
    void anAdministratorSeesTheYearsHolidaysAndChangesTheHours() {
        logIn(ADMIN, ADMIN_PASSWORD);
        page.click("#nav-more"); // the administrator's settings-like pages are behind "more"
        page.click("nav.modules >> text=Darbo kalendorius");
        assertThat(page.locator("h1")).hasText("Darbo kalendorius");

        page.navigate(url("/working-calendar?year=2026"));
        assertThat(page.locator("#year h2").first()).hasText("2026 m. šventės ir poilsio dienos");
        assertThat(page.locator("#holidays tr[data-date='2026-12-24']")).containsText("Kūčių diena");
        assertThat(page.locator("#holidays tr[data-date='2026-04-06']")).containsText("Antroji Velykų diena");
        assertThat(page.locator("#holidays tr[data-date='2026-04-06']")).containsText("Pirmadienis");
        assertThat(page.locator("#shortened-days li[data-date='2026-12-23']")).isVisible();
        assertThat(page.locator("#opens-MONDAY")).hasValue("08:00");
        assertThat(page.locator("#opens-SATURDAY")).hasValue("");

        page.fill("#opens-SATURDAY", "09:00");
        page.fill("#closes-SATURDAY", "13:00");
        page.fill("#closes-FRIDAY", "15:45");
        page.click("#hours-form button[type=submit]");
        assertThat(page.locator("#saved")).hasText("Darbo valandos išsaugotos.");
        assertThat(page.locator("#opens-SATURDAY")).hasValue("09:00");
        var hours = admin().get("/api/v1/working-calendar?year=2026").json().get("hours");
        assertThat(hours.get("SATURDAY").toString()).isEqualTo("[\"09:00\",\"13:00\"]");
        assertThat(hours.get("FRIDAY").toString()).isEqualTo("[\"08:00\",\"15:45\"]");
        screenshot("hours-saved");

        // an end before the start, and a start without an end: each error beside its field, nothing saved
        page.fill("#closes-MONDAY", "07:00");
        page.fill("#opens-SUNDAY", "10:00");
        page.click("#hours-form button[type=submit]");
        assertThat(page.locator("#closes-MONDAY-error")).hasText("Darbo pabaiga turi būti vėlesnė nei pradžia.");
        assertThat(page.locator("#closes-SUNDAY-error")).hasText("Šis laukas privalomas.");
        assertThat(page.locator("#closes-MONDAY")).hasValue("07:00");
        assertThat(admin().get("/api/v1/working-calendar?year=2026").json().get("hours").get("MONDAY").toString())
                .isEqualTo("[\"08:00\",\"17:00\"]");
    }

    @Test
    void anAdministratorAddsAndRemovesDays() {
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/working-calendar?year=2032"));

        page.fill("#date", "2032-03-05");
        page.selectOption("#kind", "HOLIDAY");
        page.click("#day-form button[type=submit]");
        assertThat(page.locator("#saved")).hasText("Diena pridėta.");
        assertThat(page.locator("#holidays tr[data-date='2032-03-05']")).containsText("Papildoma poilsio diena");

        page.fill("#date", "2032-03-06");
        page.selectOption("#kind", "WORKING_DAY");
        page.click("#day-form button[type=submit]");
        assertThat(page.locator("#working-days tr[data-date='2032-03-06']")).containsText("Šeštadienis");

        // a Sunday is no working day anyway: the refusal stands beside the date
        page.fill("#date", "2032-03-07");
        page.selectOption("#kind", "HOLIDAY");
        page.click("#day-form button[type=submit]");
        assertThat(page.locator("#date-error")).hasText("Šią dieną ir taip nedirbama.");
        page.fill("#date", "");
        page.click("#day-form button[type=submit]");
        assertThat(page.locator("#date-error")).hasText("Šis laukas privalomas.");

        page.click("#holidays tr[data-date='2032-03-05'] button");
        assertThat(page.locator("#saved")).hasText("Diena pašalinta.");
        assertThat(page.locator("#holidays tr[data-date='2032-03-05']")).hasCount(0);
        page.click("#working-days tr[data-date='2032-03-06'] button");
        assertThat(page.locator("#no-working-days")).isVisible();
        // public holidays come from the law: they cannot be removed
        assertThat(page.locator("#holidays tr[data-date='2032-02-16'] button")).hasCount(0);
        // a year the calendar does not keep is bad input, not an error of the server
        assertThat(page.navigate(url("/working-calendar?year=1900")).status()).isEqualTo(400);
        assertThat(page.navigate(url("/working-calendar?year=abc")).status()).isEqualTo(400);
    }

    @Test
    void thePageReadsInEnglishAndFitsANarrowPhone() {
        page.setViewportSize(390, 844);
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/working-calendar?year=2026&lang=en"));
        assertThat(page.locator("h1")).hasText("Working calendar");
        assertThat(page.locator("#holidays tr[data-date='2026-12-24']")).containsText("Christmas Eve");
        assertThat(page.locator("#hours-MONDAY legend")).hasText("Monday");

        Object unlabelled = page.evaluate("() => [...document.querySelectorAll('main input:not([type=hidden]), main select')]"
                + ".filter(e => e.labels.length === 0).map(e => e.id)");
        assertThat(unlabelled.toString()).isEqualTo("[]");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
        screenshot("phone-en");
    }

    @Test
    void aConsultantHasNoWayIn() {
        String consultant = unique("kons");
        staffMember(consultant, "CONSULTANT");
        logIn(consultant, PASSWORD);
        assertThat(page.locator("nav.modules >> text=Darbo kalendorius")).hasCount(0);
        assertThat(page.navigate(url("/working-calendar")).status()).isEqualTo(403);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "WorkingCalendarBrowserTests-" + name + ".png")));
    }
}
