package lt.pagalba.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import lt.pagalba.support.Accessibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request's conversation walked on the portal as a client on a phone, in Chromium. */
class PortalConversationBrowserTests extends PortalTestSupport {

    private static final byte[] INVOICE = "%PDF-1.4 sąskaita".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANSWER = "Atnaujinkite programą ir bandykite dar kartą".getBytes(StandardCharsets.UTF_8);

    /** A phone-sized screen; the page's CSP is bypassed only so that axe-core can be injected. */
    @BeforeEach
    void onAPhone() {
        Browser browser = context.browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("lt-LT").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setBypassCSP(true).setAcceptDownloads(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @Test
    void aClientReadsTheReplyOnTheRequestAndDownloadsItsFile() throws IOException {
        String email = unique("skaitytoja") + "@pokalbiai.lt";
        String clientId = clientWithContact(unique("UAB Pokalbiai "), email);
        String requestId = requestOf(clientId, email, "Neveikia eksportas");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        clientMailed(number, email, "Eksportas baigiasi klaida", "klaida.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        staffWrote(requestId, "REPLY", "Atnaujinkite programą", "instrukcija.txt", ANSWER);
        staffWrote(requestId, "NOTE", "Klientas naudoja seną versiją", "pastaba.txt", ANSWER);

        logInToPortal(email);
        page.navigate(url("/portal/requests/" + number));
        var conversation = page.locator("#request-history");
        assertThat(conversation.locator("li.email")).containsText("Eksportas baigiasi klaida");
        assertThat(conversation.locator("li.reply")).containsText("Atnaujinkite programą");
        assertThat(conversation).not().containsText("Klientas naudoja seną versiją");
        assertThat(conversation.locator("li.email a.download")).hasText("klaida.pdf");
        Accessibility.assertClean(page);

        Download download = page.waitForDownload(() -> page.click("#request-history li.reply a.download"));
        assertThat(download.suggestedFilename()).isEqualTo("instrukcija.txt");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(ANSWER);
    }

    @Test
    void aClientAddsADetailWithAFileAndTheLeadSeesItOnTheStaffSide() {
        String email = unique("papildytoja") + "@pokalbiai.lt";
        String clientId = clientWithContact(unique("UAB Papildymas "), email);
        String requestId = requestOf(clientId, email, "Nesutampa PVM suma");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        String lead = ledBy(requestId);
        Page staff = context.browser().newContext(new Browser.NewContextOptions().setLocale("lt-LT")).newPage();
        staff.navigate(url("/login"));
        staff.fill("#username", lead);
        staff.fill("#password", PASSWORD);
        staff.click("#login-form button[type=submit]");
        staff.waitForURL(url("/"));
        staff.waitForCondition(() -> "true".equals(staff.evaluate("document.body.dataset.liveReady")));

        logInToPortal(email);
        page.navigate(url("/portal/requests/" + number));
        page.click("#details-form button[type=submit]");
        assertThat(page.locator("#details-text-error")).hasText("Šis laukas privalomas.");
        Accessibility.assertClean(page);
        page.getByLabel("Ką norite pridurti?").fill("Sąskaitoje PVM 21 %, o deklaracijoje 9 %");
        page.setInputFiles("#details-files", new FilePayload("sąskaita.pdf", "application/pdf", INVOICE));
        page.click("#details-form button[type=submit]");
        assertThat(page.locator("#details-added")).isVisible();
        assertThat(page.locator("#request-history li.email").last()).containsText("Sąskaitoje PVM 21 %, o deklaracijoje 9 %");
        assertThat(page.locator("#request-history li.email a.download")).hasText("sąskaita.pdf");

        assertThat(staff.locator("#toasts .toast")).containsText("Klientas parašė į jūsų kreipinį " + number);
        staff.click("#toasts .toast a");
        assertThat(staff.locator("h1")).containsText(number);
        assertThat(staff.locator("body")).containsText("Sąskaitoje PVM 21 %, o deklaracijoje 9 %");
        assertThat(staff.locator("body")).containsText("sąskaita.pdf");
        staff.context().close();
    }

    @Test
    void aClientReopensAResolvedRequestThenConfirmsItSolvedAndStaffSeeWhoDidIt() {
        String email = unique("patvirtina") + "@pokalbiai.lt";
        String clientId = clientWithContact(unique("UAB Patvirtinimas "), email);
        String requestId = requestOf(clientId, email, "Neatsidaro ataskaita");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        resolved(requestId);

        logInToPortal(email);
        page.navigate(url("/portal/requests/" + number));
        assertThat(page.locator("#request-status")).hasText("Išspręstas");
        Accessibility.assertClean(page);
        page.getByText("Ne, dar reikia pagalbos").click();
        assertThat(page.locator("#reopened")).isVisible();
        assertThat(page.locator("#request-status")).hasText("Sprendžiamas");
        assertThat(page.locator("#decision")).hasCount(0);

        moveTo(requestId, "RESOLVED");
        page.reload();
        page.getByText("Taip, išspręsta").click();
        assertThat(page.locator("#solved")).isVisible();
        assertThat(page.locator("#request-status")).hasText("Užbaigtas");
        assertThat(page.locator("#details-form")).hasCount(0);
        Accessibility.assertClean(page);

        Page staff = context.browser().newContext(new Browser.NewContextOptions().setLocale("lt-LT")).newPage();
        staff.navigate(url("/login"));
        staff.fill("#username", ADMIN);
        staff.fill("#password", ADMIN_PASSWORD);
        staff.click("#login-form button[type=submit]");
        staff.waitForURL(url("/"));
        staff.navigate(url("/requests/" + requestId));
        assertThat(staff.locator("body")).containsText("klientas savitarnoje");
        staff.context().close();
    }

    @Test
    void aClientConfirmsARequestSolvedAndRatesItOnThePortal() {
        String email = unique("vertintoja") + "@pokalbiai.lt";
        String clientId = clientWithContact(unique("UAB Vertintoja "), email);
        String requestId = requestOf(clientId, email, "Padėkite su ataskaita");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        resolved(requestId);

        logInToPortal(email);
        page.navigate(url("/portal/requests/" + number));
        page.getByText("Taip, išspręsta").click();
        assertThat(page.locator("#rating-form")).isVisible();
        page.click("#rating-form button[type=submit]");
        assertThat(page.locator("#rating-error")).hasText("Šis laukas privalomas.");
        Accessibility.assertClean(page);
        page.getByLabel("4 – gerai").check();
        page.getByLabel("Komentaras (nebūtina)").fill("Padėjo, ačiū");
        page.click("#rating-form button[type=submit]");
        assertThat(page.locator("#rated")).isVisible();
        assertThat(page.locator("#my-rating-value")).hasText("4 – gerai");
        assertThat(page.locator("#my-rating-comment")).hasText("Padėjo, ačiū");
        assertThat(page.locator("#rating-form")).hasCount(0);
        Accessibility.assertClean(page);

        page.click("#lang-en");
        assertThat(page.locator("#my-rating")).containsText("Your rating:");
        assertThat(page.locator("#my-rating-value")).hasText("4 – good");
    }

    private void logInToPortal(String email) {
        int before = PortalSmtp.receivedBy(email).size();
        page.navigate(url("/portal"));
        page.getByLabel("El. pašto adresas").fill(email);
        page.click("#login-form button[type=submit]");
        page.navigate(url(linkMailedTo(email, before)));
    }
}
