package lt.pagalba.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.feedback.FeedbackInvitations.closeRequest;
import static lt.pagalba.feedback.FeedbackInvitations.invitation;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import lt.pagalba.mail.Outbox;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R16 in a real Chromium: the client follows the link in the queued e-mail and rates; the administrator reads it. */
class FeedbackBrowserTests extends BrowserTestSupport {

    @Autowired
    Outbox outbox;

    @Test
    void aClientRatesThroughTheLinkInTheEmailAndTheAdministratorSeesIt() {
        String consultant = unique("kons");
        staffMember(consultant, "CONSULTANT");
        String requestId = closeRequest(admin(), unique("UAB Vertinimas "), unique("klientas") + "@vertinimas.lt", null, consultant);
        var invited = invitation(outbox, requestId, admin().get("/api/v1/requests/" + requestId).field("number"));

        // the link exactly as the e-mail gives it, on this test server
        page.navigate(url(invited.path()));
        assertThat(page.locator("h1")).hasText("Įvertinkite mūsų pagalbą");
        assertThat(page.locator("#request-number")).hasText(invited.number());
        page.getByLabel("5 – puikiai").check();
        page.getByLabel("Komentaras (nebūtina)").fill("Puiku, ačiū už kantrybę!");
        screenshot("form");
        page.click("#feedback-form button[type=submit]");

        assertThat(page.locator("#feedback-state h1")).hasText("Ačiū!");
        assertThat(page.locator("#feedback-state")).containsText(invited.number());

        // the same link a second time says it was used
        page.navigate(url(invited.path()));
        assertThat(page.locator("#feedback-state h1")).hasText("Jau įvertinta");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.click("#nav-more"); // the administrator's settings-like pages are behind "more"
        page.click("nav.modules >> text=Atsiliepimai");
        assertThat(page.locator("h1")).hasText("Klientų atsiliepimai");
        var comment = page.locator("#latest-comments tr", new Page.LocatorOptions()
                .setHasText("Puiku, ačiū už kantrybę!"));
        assertThat(comment).containsText(invited.number());
        assertThat(comment).containsText("5 / 5");
        assertThat(page.locator("#by-consultant [data-consultant='" + consultant + "']")).containsText("5,00");
        screenshot("feedback-page");

        comment.locator("a").click();
        assertThat(page.locator("#request-rating")).hasText("5 / 5");
        assertThat(page.locator("#request-rating-comment")).hasText("Puiku, ačiū už kantrybę!");
        assertThat(page.url()).endsWith("/requests/" + requestId);
    }

    /** R16: a client who wants no more feedback requests says so from the rating page's link. */
    @Test
    void aClientSaysNoMoreFeedbackRequestsFromTheLink() {
        String email = unique("nebenoriu") + "@vertinimas.lt";
        String requestId = closeRequest(admin(), unique("UAB Ramybė "), email, null);
        var invited = invitation(outbox, requestId, admin().get("/api/v1/requests/" + requestId).field("number"));

        page.navigate(url(invited.path()));
        page.click("#opt-out-link");
        assertThat(page.locator("h1")).hasText("Prašymų įvertinti nebesiųsti");
        assertThat(page.locator("#opt-out-form")).isVisible();
        page.click("#opt-out-form button[type=submit]");
        assertThat(page.locator("#opted-out")).containsText(email);
        // that no invitation follows is proved in FeedbackTests.anAddressThatOptedOutIsInvitedNoMore
    }

    /** Pages on the way, kept under target/screenshots beside the last one, to look at. */
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "FeedbackBrowserTests-" + name + ".png")));
    }
}
