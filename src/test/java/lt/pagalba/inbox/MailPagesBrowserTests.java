package lt.pagalba.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What staff see of incoming mail in Chromium: the mail and its files on the request's timeline,
 * and the quarantine with its reasons, the raw message and the retry button. Messages are handed to
 * the intake as the poller would (this context reads no mailbox).
 */
class MailPagesBrowserTests extends BrowserTestSupport {

    @Autowired
    MailIntake intake;
    @Autowired
    InboundMessages inbound;
    @Autowired
    RequestDesk desk;

    @Test
    void theClientCompletesAnEmailedRequestOnTheWebFormWithItsNumber() {
        String sender = unique("forma") + "@klientas.lt";
        String raw = "From: Ona Onaite <" + sender + ">\r\nSubject: Neveikia eksportas\r\nMessage-ID: <" + unique("f") + "@x>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nLaba diena, neveikia eksportas.\r\n";
        MailIntake.Outcome outcome = intake.receive(List.of(raw.getBytes(StandardCharsets.UTF_8))).get(0);
        var waiting = desk.get(outcome.requestId().text());
        assertThat(waiting.missingItems()).containsExactly("companyName", "contact.position", "contact.phone");

        page.navigate(url("/pagalba/papildyti?lang=lt&number=" + waiting.number()));
        assertThat(page.locator("#number")).hasValue(waiting.number());
        page.fill("#email", "kitas@klientas.lt");
        page.fill("#companyName", "UAB Svetimas");
        page.click("#complete-form button[type=submit]");
        assertThat(page.locator("#form-error")).containsText("Kreipinys nerastas");
        assertThat(desk.get(waiting.id()).missingItems()).hasSize(3);

        page.fill("#email", sender);
        page.fill("#companyName", unique("UAB Forma "));
        page.fill("[id='contact.position']", "Vadybininkė");
        page.click("#complete-form button[type=submit]");
        assertThat(page.locator("#still-missing")).containsText("Telefonas");

        page.fill("#email", sender);
        page.fill("[id='contact.phone']", "8 612 34567");
        page.click("#complete-form button[type=submit]");
        assertThat(page.locator("#registered-number")).hasText(waiting.number());
        var complete = desk.get(waiting.id());
        assertThat(complete.missingItems()).isEmpty();
        assertThat(complete.contact().position()).isEqualTo("Vadybininkė");
        assertThat(complete.contact().phone()).isEqualTo("+37061234567");
    }

    @Test
    void theRequestPageShowsTheMailAndItsFileForDownload() throws Exception {
        String subject = unique("Laiškas su failu ");
        String raw = """
                From: Lina <%s@failai.lt>
                To: info@localhost
                Subject: =?UTF-8?Q?%s?=
                Message-ID: <%s@failai.lt>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=UTF-8

                Prisegu ataskaitą.
                --b
                Content-Type: text/csv; charset=UTF-8
                Content-Disposition: attachment; filename="ataskaita.csv"

                a;b
                --b--
                """.formatted(unique("lina"), subject.replace(' ', '_').replace("š", "=C5=A1"), unique("m"))
                .replace("\n", "\r\n");
        MailIntake.Outcome outcome = intake.receive(List.of(raw.getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(outcome.status()).isEqualTo("REGISTERED");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + outcome.requestId() + "?lang=en"));
        assertThat(page.locator("#timeline")).containsText("E-mail received");
        assertThat(page.locator("#timeline")).containsText(subject);
        Download download = page.waitForDownload(() -> page.locator("#timeline .email-files a").click());
        assertThat(download.suggestedFilename()).isEqualTo("ataskaita.csv");
        assertThat(Files.readString(download.path())).isEqualTo("a;b");
    }

    @Test
    void theAdministratorSeesTheQuarantineDownloadsTheMessageAndRetriesIt() throws Exception {
        String broken = "From: x@sugedes.lt\r\nSubject: Sugedes\r\nMessage-ID: <" + unique("broken-") + "@x>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"nera\"\r\n\r\nbe ribų\r\n";
        assertThat(intake.receive(List.of(broken.getBytes(StandardCharsets.UTF_8))).get(0).status()).isEqualTo("QUARANTINED");
        // a good message that a bug (since fixed) sent to the quarantine
        String messageId = "<" + unique("fixed-") + "@x>";
        String good = "From: Jonas Jonaitis <" + unique("j") + "@pataisyta.lt>\r\nSubject: Pataisyta\r\nMessage-ID: " + messageId
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nDabar jau veiks.\r\n";
        inbound.quarantine(messageId, good.getBytes(StandardCharsets.UTF_8), "x@pataisyta.lt", "Pataisyta",
                "IllegalStateException: a bug");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/mail/quarantine?lang=en"));
        assertThat(page.locator("nav.modules")).containsText("Mail quarantine");
        var brokenRow = page.locator("#quarantine tr", new Page.LocatorOptions().setHasText("Sugedes"));
        assertThat(brokenRow.locator(".reason")).containsText("Missing start boundary");
        Download raw = page.waitForDownload(() -> brokenRow.locator("a").click());
        assertThat(Files.readString(raw.path())).contains("be ribų");

        brokenRow.locator("button").click();
        assertThat(page.locator("#retry-outcome")).containsText("could not be processed again");

        var fixedRow = page.locator("#quarantine tr", new Page.LocatorOptions().setHasText("Pataisyta"));
        fixedRow.locator("button").click();
        assertThat(page.locator("#retry-outcome")).containsText("registered as a new request");
        assertThat(page.locator("#quarantine")).not().containsText("Pataisyta");
    }

    /** R12: a client's e-mail asking for monthly reports becomes its subscription with one click, the mail as evidence. */
    @Test
    void theAdministratorRecordsASubscriptionFromTheClientsEmail() {
        String clientId = client(unique("UAB Ataskaitos "));
        String sender = unique("rasa") + "@ataskaitos.lt";
        assertThat(admin().post("/api/v1/clients/" + clientId + "/contacts", """
                {"firstName":"Rasa","lastName":"Rasaitė","position":"Buhalterė","phone":"+37061234567","email":"%s"}"""
                .formatted(sender)).status()).isEqualTo(201);
        String messageId = "<" + unique("prasymas-") + "@ataskaitos.lt>";
        String raw = "From: Rasa Rasaite <" + sender + ">\r\nSubject: Ataskaitos\r\nMessage-ID: " + messageId
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPrašome kas mėnesį siųsti konsultacijų žurnalo išrašą.\r\n";
        MailIntake.Outcome outcome = intake.receive(List.of(raw.getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(outcome.status()).isEqualTo("REGISTERED");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + outcome.requestId() + "?lang=lt"));
        var form = page.locator("#timeline form.subscribe-from-email");
        form.locator("select[name=frequency]").selectOption("MONTH");
        form.locator("button").click();

        assertThat(page.locator("#subscription-notice")).containsText("Prašymas siųsti ataskaitas įrašytas");
        assertThat(page.locator("#subscription-email")).hasText(sender);
        assertThat(page.locator("#subscription-frequency")).hasText("kas mėnesį");
        var subscription = admin().get("/api/v1/clients/" + clientId + "/report-subscription");
        assertThat(subscription.text()).contains(messageId.substring(1, messageId.length() - 1)).contains("\"MONTH\"");
    }
}
