package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A form that registers a request registers it once (issue 13, item 1): after sending, the browser is
 * on a page of its own (POST/redirect/GET), so a reload only shows the number again, and the same form
 * sent a second time (Back and send, a double click) shows the request already registered.
 */
class RegisteredOnceBrowserTests extends BrowserTestSupport {

    /** Keeps what the form is about to send, to send exactly that again later. */
    private static final String KEEP_FORM = """
            selector => sessionStorage.setItem('sent', JSON.stringify([...new FormData(document.querySelector(selector))]))""";

    /** Sends the kept form again from the browser, as a browser that restored the page after Back would. */
    private static final String SEND_AGAIN = """
            action => {
              const form = document.createElement('form');
              form.method = 'post';
              form.action = action;
              for (const [name, value] of JSON.parse(sessionStorage.getItem('sent'))) {
                const input = document.createElement('input');
                input.type = 'hidden'; input.name = name; input.value = value;
                form.appendChild(input);
              }
              document.body.appendChild(form);
              form.submit();
            }""";

    @Test
    void aReloadAndASecondSendOfThePhoneIntakeRegisterOneRequest() {
        String marker = unique("Perkrovimas");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/new"));
        fillContact("UAB " + marker, "rasa@perkrovimas.lt", marker + " neatsidaro ataskaita");
        page.evaluate(KEEP_FORM, "#intake-form");
        page.click("#intake-form button[type=submit]");

        assertThat(page).hasURL(Pattern.compile(".*/requests/[^/]+/registered$"));
        String number = page.locator("#registered-number").textContent().trim();
        page.reload();
        assertThat(page.locator("#registered-number")).hasText(number);
        assertThat(page.locator("#already-registered")).hasCount(0);

        page.evaluate(SEND_AGAIN, url("/requests/new"));
        assertThat(page.locator("#already-registered")).isVisible();
        assertThat(page.locator("#registered-number")).hasText(number);
        assertThat(requestsAbout(marker)).isEqualTo(1);
    }

    @Test
    void aReloadAndASecondSendOfThePublicFormRegisterOneRequest() {
        String marker = unique("Svetaine");
        page.navigate(url("/pagalba"));
        fillContact("UAB " + marker, "egle@svetaine.lt", marker + " kaip įkelti išrašą");
        page.evaluate(KEEP_FORM, "#web-form");
        page.click("#web-form button[type=submit]");

        assertThat(page).hasURL(Pattern.compile(".*/pagalba/aciu/[0-9a-f-]{36}$"));
        String number = page.locator("#registered-number").textContent().trim();
        assertThat(number).matches("\\d{4}-\\d{6}");
        page.reload();
        assertThat(page.locator("#registered-number")).hasText(number);

        page.evaluate(SEND_AGAIN, url("/pagalba"));
        assertThat(page.locator("#already-registered")).isVisible();
        assertThat(page.locator("#registered-number")).hasText(number);
        assertThat(requestsAbout(marker)).isEqualTo(1);
    }

    private void fillContact(String company, String email, String summary) {
        page.fill("#companyName", company);
        page.fill("[id='contact.firstName']", "Rasa");
        page.fill("[id='contact.lastName']", "Rasienė");
        page.fill("[id='contact.position']", "Buhalterė");
        page.fill("[id='contact.phone']", "+37061111111");
        page.fill("[id='contact.email']", email);
        page.fill("#summary", summary);
    }

    private long requestsAbout(String marker) {
        return admin().get("/api/v1/requests?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).json().path("total").asLong();
    }
}
