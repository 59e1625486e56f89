package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Irreversible actions say what will happen and ask first (issue 13 item 11): "Cancel" leaves everything
 * as it was, "OK" does it. Shown on the request page with a consultant removed and a work entry deleted.
 */
class ConfirmationsBrowserTests extends BrowserTestSupport {

    @Test
    void removingAConsultantAndDeletingAnEntryAskFirstAndCancelChangesNothing() {
        String member = unique("ona");
        staffMember(member, "CONSULTANT");
        var body = Fixtures.phoneRequest(null, "ona@klausia.lt");
        body.put("clientId", client(unique("UAB „Klausia“ ")));
        var created = admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body));
        String id = created.field("id");
        String number = created.field("number");
        assertThat(admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\":\"%s\",\"role\":\"MEMBER\"}"
                .formatted(member)).status()).isEqualTo(201);
        var entry = admin().post("/api/v1/requests/" + id + "/work-entries", JsonMapper.builder().build().writeValueAsString(
                aWorkEntry().of(45).minutes().on(Vilnius.today()).by(ADMIN).described("Konsultacija telefonu").json()));
        assertThat(entry.status()).as(entry.text()).isEqualTo(201);

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + id));
        var remove = page.locator("form[action$='/assignments/" + member + "/delete'] button");
        cancelNextConfirmation();
        remove.click();
        assertThat(lastConfirmation).contains("Jonas Jonaitis").contains(number);
        assertThat(remove).isVisible();
        assertThat(admin().get("/api/v1/requests/" + id).text()).contains(member);

        remove.click();
        assertThat(page.locator("form[action$='/assignments/" + member + "/delete']")).hasCount(0);
        assertThat(admin().get("/api/v1/requests/" + id).json().path("assignments").toString()).doesNotContain(member);

        var delete = page.locator("#work-entries form[action$='/delete'] button").first();
        cancelNextConfirmation();
        delete.click();
        assertThat(lastConfirmation).contains("0:45").contains("negalima");
        assertThat(page.locator("#work-entries")).containsText("Konsultacija telefonu");
        delete.click();
        assertThat(page.locator("#work-entries")).hasCount(0);
        assertThat(admin().get("/api/v1/requests/" + id + "/work-entries").text()).doesNotContain("Konsultacija telefonu");
    }
}
