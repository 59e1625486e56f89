package lt.pagalba.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** The staff's pages, clicked through in Chromium as a person would. */
class PagesBrowserTests extends BrowserTestSupport {

    @Test
    void anAdministratorCreatesAClientWithAContactAndAContract() {
        logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("h1")).containsText("Sveiki");

        page.click("text=Klientai");
        page.click("text=Naujas klientas");
        String name = unique("UAB Naršyklė ");
        page.fill("#name", name);
        page.fill("#companyCode", companyCode());
        page.fill("#vatCode", vatCode());
        page.fill("#phone", "8 5 278 0670");
        page.fill("[id='billing.hourlyRate']", "45,00");
        page.click("#client-form button[type=submit]");

        assertThat(page.locator("#client-name")).hasText(name);
        assertThat(page.locator("#billing")).containsText("45,00 €");

        // a contact with a bad phone: the error stands beside the field, in Lithuanian
        page.fill("#contact-form #firstName", "Ona");
        page.fill("#contact-form #lastName", "Onaitė");
        page.fill("#contact-form #position", "Buhalterė");
        page.fill("#contact-form #phone", "12");
        page.fill("#contact-form #email", "ona@pavyzdys.lt");
        page.click("#contact-form button[type=submit]");
        assertThat(page.locator("#phone-error")).hasText("Netinkamas telefono numeris. Pavyzdžiai: +370 612 34567, 8 5 278 0670.");
        assertThat(page.locator("#contact-form #firstName")).hasValue("Ona");

        page.fill("#contact-form #phone", "+370 673 01937");
        page.click("#contact-form button[type=submit]");
        assertThat(page.locator("#contact-table")).containsText("Onaitė");
        assertThat(page.locator("#contact-table")).containsText("+37067301937");

        page.click("#new-contract");
        page.fill("#number", "S-2026-17");
        page.fill("#validFrom", "2026-01-01");
        page.fill("[id='allowances0.overageHourlyRate']", "40");
        page.fill("[id='allowances1.overageHourlyRate']", "50");
        page.click("#contract-form button[type=submit]");
        assertThat(page.locator("#contract-table")).containsText("S-2026-17");
        assertThat(page.locator("#contract-table")).containsText("galioja");

        // the history shows what was done
        assertThat(page.locator("#history")).containsText("Sutartis: sukurta");
        assertThat(page.locator("#history")).containsText("Kontaktinis asmuo: sukurta");

        // and it all reads in English after one click
        page.click("#lang-en");
        assertThat(page.locator("#contracts")).hasText("Contracts");
        assertThat(page.locator("#contract-table")).containsText("valid");
        page.click("text=Clients");
        assertThat(page.locator("h1")).hasText("Clients");
    }

    @Test
    void aContractFormShowsItsErrorsInLithuanian() {
        String client = client(unique("UAB Klaidos "));
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/clients/" + client + "/contracts/new"));
        page.fill("#number", "");
        page.fill("[id='allowances0.overageHourlyRate']", "1.234");
        page.click("#contract-form button[type=submit]");
        assertThat(page.locator("#number-error")).hasText("Šis laukas privalomas.");
        assertThat(page.locator("#allowance-0-rate-error")).containsText("Suma eurais");
    }

    @Test
    void theClientSearchNarrowsAsYouType() {
        String marker = unique("Ieškomas");
        client("UAB " + marker);
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/clients"));
        page.fill("#client-search", marker.toLowerCase());
        assertThat(page.locator("#client-results")).containsText("UAB " + marker);
        page.fill("#client-search", marker + "-niekas");
        assertThat(page.locator("#client-results")).containsText("Klientų nerasta.");
    }

    @Test
    void aWrongPasswordIsToldAndTheLoginPageSpeaksEnglishOnRequest() {
        page.navigate(url("/login?lang=en"));
        assertThat(page.locator("h1")).hasText("Log in");
        page.fill("#username", ADMIN);
        page.fill("#password", "not-the-password");
        page.click("#login-form button[type=submit]");
        assertThat(page.locator("#login-error")).hasText("Wrong username or password.");
        page.click("#lang-lt");
        assertThat(page.locator("h1")).hasText("Prisijungimas");
    }

    @Test
    void anAdministratorAddsAConsultantAndPutsThemOnDuty() {
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/staff/new"));
        String username = unique("petras");
        page.fill("#username", username);
        page.fill("#firstName", "Petras");
        page.fill("#lastName", "Petraitis");
        page.fill("#email", "petras@stekas.lt");
        page.check("#role-CONSULTANT"); // no role is chosen for you (issue 13 item 17)
        page.fill("#password", "trumpas");
        page.click("#staff-form button[type=submit]");
        assertThat(page.locator("#password-error")).containsText("ne trumpesnis kaip 12");

        page.fill("#password", "pakankamai-ilgas");
        page.click("#staff-form button[type=submit]");
        assertThat(page.locator("#staff-" + username)).containsText("Petraitis");
        assertThat(page.locator("#availability-" + username)).containsText("nebudi");

        page.click("#availability-" + username + " button");
        // "nebudi" contains "budi" too: wait for the badge of one on duty, so the swap has happened
        assertThat(page.locator("#availability-" + username + " .badge.on")).containsText("budi");
        assertThat(admin().get("/api/v1/staff/" + username).json().path("available").asBoolean()).isTrue();
    }

    @Test
    void aStaffMemberCreatesAnApiTokenOnTheProfilePage() {
        String username = unique("prof");
        staffMember(username, "CONSULTANT");
        logIn(username, PASSWORD);
        page.navigate(url("/profile"));
        page.fill("#token-name", "skriptas");
        page.click("text=Sukurti raktą");
        String token = page.locator("#new-token").textContent().trim();
        assertThat(token).startsWith("pgb_");
        assertThat(api().bearer(token).get("/api/v1/staff/" + username).status()).isEqualTo(200);

        page.reload();
        assertThat(page.locator("#new-token")).hasCount(0);
        page.click("text=Atšaukti");
        assertThat(api().bearer(token).get("/api/v1/staff/" + username).status()).isEqualTo(401);
    }
}
