package lt.pagalba.conversation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.regex.Pattern;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** Reply templates on their own pages: administrators make, change and remove them; consultants use them in the reply box. */
class ReplyTemplateBrowserTests extends BrowserTestSupport {

    @Test
    void anAdministratorMakesATemplateAConsultantUsesItAndTheAdministratorRemovesIt() {
        String name = "Nuotolinis prisijungimas " + UUID.randomUUID().toString().substring(0, 6);
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/reply-templates?lang=lt"));
        assertThat(page.locator("#templates")).containsText("Prašymas išsamiai aprašyti problemą");

        page.fill("#t-name", name);
        page.selectOption("#t-language", "lt");
        page.fill("#t-subject", "Prisijungimas prie kompiuterio");
        page.fill("#t-body", "{{contact.firstName}}, kreipinys {{kreipinys.numeris}}");
        page.click("#template-form button[type=submit]");
        assertThat(page.locator("#t-body-error")).containsText("Nežinomos vietos žymės: {{kreipinys.numeris}}");
        assertThat(page.locator("#t-name")).hasValue(name);

        page.fill("#t-body", "Laba diena, {{contact.firstName}},\n\nprisijungsime prie jūsų kompiuterio dėl kreipinio {{request.number}}.");
        page.click("#template-form button[type=submit]");
        assertThat(page.locator("#templates-notice")).hasText("Šablonas išsaugotas.");
        assertThat(page.locator("#templates")).containsText(name);

        Opened request = Opened.by(admin(), api());
        page.context().clearCookies();
        logIn(request.consultant(), ApiTestSupport.PASSWORD);
        assertThat(page.navigate(url("/reply-templates")).status()).as("only administrators manage templates").isEqualTo(403);
        page.navigate(url("/requests/" + request.id() + "?lang=lt"));
        page.selectOption("#reply-template", new SelectOption().setLabel(name + " (LT)"));
        assertThat(page.locator("#reply-subject")).hasValue("Prisijungimas prie kompiuterio");
        assertThat(page.locator("#reply-body")).hasValue(Pattern.compile(
                "^Laba diena, Ona,\\n\\nprisijungsime prie jūsų kompiuterio dėl kreipinio " + request.number() + "\\.$"));

        page.context().clearCookies();
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/reply-templates?lang=lt"));
        page.click("#templates a:text-is('" + name + "')");
        page.click("#template-delete button");
        assertThat(page.locator("#templates-notice")).hasText("Šablonas ištrintas.");
        assertThat(page.locator("#templates")).not().containsText(name);
    }
}
