package lt.pagalba.billing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import lt.pagalba.support.SharedChromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accountant previews and runs a month, opens a proforma, downloads its PDF, marks it paid and sees the VAT invoice. */
@ExtendWith(SharedChromium.class)
class BillingBrowserTests extends BillingTestSupport {


    /** One walk along the accountant's whole path, as a user takes it: split, it would log in and run the month four times. */
    @Test
    void theAccountantPreviewsRunsOpensDownloadsAndMarksPaid() throws Exception {
        String username = unique("buhalt");
        staffMember(username, "ACCOUNTANT");
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        entry(client, aWorkEntry().of(90).minutes().on("2010-10-05"));

        var context = SharedChromium.browser().newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onDialog(Dialog::accept); // the run asks first what it will do: the accountant means it
        page.navigate("http://localhost:" + port + "/login");
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("#login-form button[type=submit]");
        page.navigate("http://localhost:" + port + "/billing");

        page.fill("#month", "2010-10");
        page.click("#preview");
        assertThat(page.locator("#run-result")).containsText("Peržiūra: 2010-10");
        assertThat(page.locator("#run-result")).containsText("67,50 €");
        assertThat(page.locator("#run-result")).containsText("neišrašyta");

        page.fill("#month", "2010-10");
        page.click("#run");
        assertThat(page.locator("#run-result")).containsText("Išrašyta už 2010-10");
        // the run bills every client due that month, other tests' too: open this client's proforma
        String name = admin().get("/api/v1/clients/" + client.id()).field("name");
        page.locator("#run-result tr", new Page.LocatorOptions().setHasText(name)).locator("a").first().click();

        assertThat(page.locator("#invoice-title")).containsText("Išankstinė sąskaita faktūra IS-");
        assertThat(page.locator("#invoice-gross")).hasText("81,68 €");
        assertThat(page.locator("#invoice-lines")).containsText("Konsultavimo paslaugos, 2010 m. spalis");

        Download download = page.waitForDownload(() -> page.click("#pdf"));
        byte[] pdf = Files.readAllBytes(download.path());
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("aštuoniasdešimt vienas euras 68 ct");
        }

        page.click("#pay-form button[type=submit]");
        assertThat(page.locator("#invoice-status")).hasText("apmokėta");
        page.locator("a.related").first().click();
        assertThat(page.locator("#invoice-title")).containsText("PVM sąskaita faktūra SF-");
        assertThat(page.locator("#invoice-gross")).hasText("81,68 €");
        context.close();
    }
}
