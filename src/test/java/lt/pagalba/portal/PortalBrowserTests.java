package lt.pagalba.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import lt.pagalba.mail.OutboxFlush;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Accessibility;
import lt.pagalba.support.WorkEntryBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal walked as a client on a phone, in Chromium: from the e-mailed link to an invoice and statements by e-mail. */
class PortalBrowserTests extends PortalTestSupport {

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
    void aClientLogsInFromTheEmailSeesRequestsRegistersOneAndDownloadsAnInvoice() throws IOException {
        String email = unique("ruta") + "@telefonu.lt";
        String clientId = clientWithContact(unique("UAB Telefonu "), email);
        String requestId = requestOf(clientId, email, "Nepavyksta išsiųsti deklaracijos");
        String invoiceId = invoiceOf(clientId, requestId, "2025-03");
        String invoiceNumber = admin().get("/api/v1/invoices/" + invoiceId).field("number");

        page.navigate(url("/portal"));
        assertThat(page.locator("h1")).hasText("Klientų savitarna");
        Accessibility.assertClean(page);
        page.getByLabel("El. pašto adresas").fill(email);
        page.click("#login-form button[type=submit]");
        assertThat(page.locator("#link-sent")).isVisible();

        page.navigate(url(linkMailedTo(email, 0)));
        assertThat(page.locator("#requests")).containsText("Nepavyksta išsiųsti deklaracijos");
        assertThat(page.locator("#requests li").first()).containsText("Gautas, netrukus perduosime konsultantui");
        Accessibility.assertClean(page);

        page.click("#requests a");
        assertThat(page.locator("#request-summary")).hasText("Nepavyksta išsiųsti deklaracijos");
        assertThat(page.locator("#request-history")).containsText("Gautas");
        Accessibility.assertClean(page);

        page.click("#nav-new");
        assertThat(page.locator("#new-for")).containsText("Rūta Žemaitė");
        page.click("#new-request-form button[type=submit]");
        assertThat(page.locator("#summary-error")).isVisible();
        Accessibility.assertClean(page);
        page.getByLabel("Trumpai: kuo galime padėti?").fill("Reikia naujo vartotojo");
        page.getByLabel("Išsamiau (nebūtina)").fill("Pridėkite buhalterę Ievą");
        page.click("#new-request-form button[type=submit]");
        assertThat(page.locator("#registered")).isVisible();
        String number = page.locator("#request-number").textContent();
        var staffSide = admin().get("/api/v1/requests?q=" + number).json().path("items").get(0);
        assertThat(staffSide.path("channel").asString()).isEqualTo("WEB");
        assertThat(staffSide.path("client").path("id").asString()).isEqualTo(clientId);
        assertThat(staffSide.path("contact").path("email").asString()).isEqualTo(email);

        page.click("#nav-documents");
        assertThat(page.locator("#invoices")).containsText(invoiceNumber);
        assertThat(page.locator("#invoices")).containsText("Laukia apmokėjimo");
        Accessibility.assertClean(page);
        Download download = page.waitForDownload(() -> page.click("#invoices a.download"));
        byte[] downloaded = Files.readAllBytes(download.path());
        byte[] stored = admin().get("/api/v1/invoices/" + invoiceId + "/pdf").bytes();
        assertThat(download.suggestedFilename()).isEqualTo(invoiceNumber + ".pdf");
        assertThat(text(downloaded)).contains(invoiceNumber).isEqualTo(text(stored));
    }

    @Test
    void aClientSeesTheHoursLeftAndOrdersMonthlyStatementsWithAConfirmation() {
        String email = unique("valandos") + "@sutartis.lt";
        String clientId = clientWithContact(unique("UAB Sutartis "), email);
        String requestId = requestOf(clientId, email, "Konsultacija dėl atostoginių");
        var contract = admin().post("/api/v1/clients/" + clientId + "/contracts", aContract().numbered(unique("S-"))
                .from(Vilnius.today().withDayOfMonth(1).toString()).monthly().including(600, CONSULTATION).at("40.00").json());
        assertThat(contract.status()).as(contract.text()).isEqualTo(201);
        WorkEntryBuilder.aWorkEntry().of(90).minutes().on(Vilnius.today()).writtenInto(jdbc, clientId, requestId);

        page.navigate(url("/portal"));
        page.getByLabel("El. pašto adresas").fill(email);
        page.click("#login-form button[type=submit]");
        page.navigate(url(linkMailedTo(email, 0)));

        page.click("#nav-hours");
        assertThat(page.locator("#hours-now")).containsText("Liko 8:30 iš 10:00 val.");
        Accessibility.assertClean(page);

        page.click("#nav-statements");
        assertThat(page.locator("#subscription-state")).hasText("Išrašai el. paštu neužsakyti.");
        Accessibility.assertClean(page);
        int before = PortalSmtp.receivedBy(email).size();
        page.getByLabel("kas mėnesį").check();
        page.click("#subscribe-form button[type=submit]");
        assertThat(page.locator("#subscribed")).containsText(email);
        assertThat(page.locator("#subscription-state")).containsText("kas mėnesį");

        var subscription = admin().get("/api/v1/clients/" + clientId + "/report-subscription").json();
        assertThat(subscription.path("frequency").asString()).isEqualTo("MONTH");
        assertThat(subscription.path("email").asString()).isEqualTo(email);
        assertThat(subscription.path("evidenceText").asString()).startsWith("portal: " + email + ", session ");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            OutboxFlush.sendDue(application);
            return PortalSmtp.receivedBy(email).size() > before;
        });
        var confirmation = PortalSmtp.receivedBy(email).get(before);
        assertThat(subjectOf(confirmation)).isEqualTo("Išrašų užsakymas patvirtintas");

        page.click("#lang-en");
        assertThat(page.locator("h1")).hasText("Statements by e-mail");
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
