package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * People are shown by their names, not their usernames (issue 13 item 10): on the timeline and in the
 * journal, and in the working group (with the username beside, to tell two namesakes apart); a lead who
 * makes way for another is written on the timeline.
 */
class PeopleByNameBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theRequestPageAndTheJournalNamePeopleAndTellOfADemotedLead() {
        String first = consultant("Aušra");
        String second = consultant("Kęstutis");
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(Fixtures.phoneRequest(unique("UAB Vardai "), "v@vardai.lt")));
        String id = created.field("id");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + id));
        page.selectOption("#assign-consultant", first);
        page.selectOption("#assign-role", "LEAD");
        page.click("#assign-form button[type=submit]");
        assertThat(page.locator("#assignments")).containsText("Aušra " + first.toUpperCase());
        page.selectOption("#assign-consultant", second);
        page.selectOption("#assign-role", "LEAD");
        page.click("#assign-form button[type=submit]");

        assertThat(page.locator("#assignments")).containsText("Kęstutis " + second.toUpperCase());
        assertThat(page.locator("#timeline")).containsText("Atsakingas tapo grupės nariu");
        assertThat(page.locator("#timeline")).containsText("Aušra " + first.toUpperCase() + " – nuo šiol grupės narys; atsakingas – Kęstutis "
                + second.toUpperCase());
        assertThat(page.locator("#timeline")).not().containsText(" " + second + " ");

        page.navigate(url("/requests?q=" + created.field("number")));
        assertThat(page.locator("table")).containsText("Kęstutis " + second.toUpperCase());
    }

    /** A consultant whose surname is their username in capitals, so a page showing the username is told apart. */
    private String consultant(String firstName) {
        String username = unique("k").toLowerCase();
        var made = admin().post("/api/v1/staff", """
                {"username":"%s","firstName":"%s","lastName":"%s","email":"%s@stekas.lt","phone":"+37061234567",
                 "roles":["CONSULTANT"],"password":"%s"}""".formatted(username, firstName, username.toUpperCase(), username, PASSWORD));
        if (made.status() != 201) {
            throw new IllegalStateException(made.toString());
        }
        return username;
    }
}
