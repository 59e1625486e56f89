package lt.pagalba.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The administrator sees a mail that failed, with the server's error, and sends it again (pages in Lithuanian, the default). */
@ContextConfiguration(initializers = TestSmtp.class)
class OutboxBrowserTests extends BrowserTestSupport {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxWorker worker;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorSeesAFailedMailWithItsErrorAndSendsItAgain() {
        while (worker.sendDue() > 0) {
            // other tests' mails leave first, so this one is the only one tried while the server is down
        }
        String recipient = unique("nepasiekta") + "@pavyzdys.lt";
        String subject = "Sąskaita " + unique("");
        String source = "test:" + UUID.randomUUID();
        outbox.queue(OutgoingMail.of("INVOICE", source, recipient, subject, MailBody.text("Laiško tekstas ąčę")));
        // eleven attempts already failed; the twelfth, with the server down, is the last
        jdbc.sql("UPDATE outbox_message SET attempts = 11 WHERE source_key = :s").param("s", source).update();
        TestSmtp.stop();
        try {
            worker.sendDue();
        } finally {
            TestSmtp.restart();
        }

        logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(page.navigate(url("/outbox?status=NONSENSE")).status()).as("an unknown status is bad input").isEqualTo(400);
        page.navigate(url("/"));
        page.click("#nav-more"); // the administrator's settings-like pages are behind "more"
        page.click("nav >> text=Laiškai");
        page.selectOption("#outbox-status", "FAILED");
        page.click("form.card button[type=submit]");
        var row = page.locator("#outbox-table tr", new Page.LocatorOptions().setHasText(subject));
        assertThat(row).containsText("nepavyko išsiųsti");
        assertThat(row).containsText("12");
        assertThat(row).containsText("Couldn't connect to host");
        assertThat(row).containsText("sąskaita klientui");

        row.locator("a").first().click();
        assertThat(page.locator("#mail-subject")).hasText(subject);
        assertThat(page.locator("#mail-error")).containsText("Connection refused");
        assertThat(page.locator("#mail-body")).containsText("Laiško tekstas ąčę");
        assertThat(page.locator("#mail-off")).hasCount(0);
        page.click("#resend");

        assertThat(page.locator("#resent")).isVisible();
        assertThat(page.locator("#mail-status")).hasText("laukia išsiuntimo");
        assertThat(page.locator("#mail-attempts")).hasText("0");
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(TestSmtp.receivedBy(recipient)).hasSize(1);
        page.reload();
        assertThat(page.locator("#mail-status")).hasText("išsiųstas");
        assertThat(page.locator("#resend")).isVisible();
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        String consultant = unique("kons");
        staffMember(consultant, "CONSULTANT");
        logIn(consultant, PASSWORD);

        assertThat(page.locator("nav >> text=Laiškai")).hasCount(0);
        assertThat(page.navigate(url("/outbox")).status()).isEqualTo(403);
    }
}
