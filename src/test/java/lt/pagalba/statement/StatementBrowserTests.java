package lt.pagalba.statement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import lt.pagalba.support.BrowserTestSupport;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator, on the client page: sending without the client's request is refused with a
 * clear message; records the client's request, makes and sends the statement for October and
 * downloads its PDF. Work of October 2013.
 */
class StatementBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorRecordsASubscriptionMakesTheOctoberStatementAndDownloadsItsPdf() throws Exception {
        var data = new StatementData(admin(), jdbc);
        String client = data.client("lt", "info@zasu-ukis.lt");
        StatementData.Registered request = data.request(client, "Neatsidaro metinė ataskaita", "Klaida atidarant metinę ataskaitą",
                LocalDateTime.parse("2013-10-02T10:00"));
        data.entry(client, request.id(), ADMIN, "2013-10-03", 75, "CONSULTATION", "Atkurta sugadinta ataskaita", null);

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/clients/" + client));
        assertThat(page.locator("#statements")).hasText("Išrašai");
        assertThat(page.locator("#subscription-state")).containsText("neprašė");

        // sending without the client's request: refused, and the page says why
        page.fill("#statement-from", "2013-10-01");
        page.fill("#statement-to", "2013-10-31");
        page.check("#statement-send");
        page.click("#statement-submit");
        assertThat(page.locator("#statement-error")).containsText("Išrašo siųsti negalima");
        assertThat(page.locator("#statement-error")).containsText("nėra paprašęs siųsti ataskaitų el. paštu");
        assertThat(page.locator("#statement-table")).hasCount(0);

        // the client's request, pasted in
        page.fill("#sub-email", "ataskaitos@zasu-ukis.lt");
        page.fill("#sub-requestedAt", "2013-09-30T10:00");
        page.selectOption("#sub-frequency", "MONTH");
        page.fill("#sub-evidence", "email <CAF2013.ona@zasu-ukis.lt> „Prašome kas mėnesį siųsti ataskaitas“");
        page.click("#subscription-form button[type=submit]");
        assertThat(page.locator("#subscription-notice")).hasText("Prašymas siųsti ataskaitas įrašytas.");
        assertThat(page.locator("#subscription-email")).hasText("ataskaitos@zasu-ukis.lt");
        assertThat(page.locator("#subscription-frequency")).hasText("kas mėnesį");
        assertThat(page.locator("#subscription-history")).containsText("paprašė siųsti");

        // the October statement, sent
        page.fill("#statement-from", "2013-10-01");
        page.fill("#statement-to", "2013-10-31");
        page.check("#statement-send");
        page.click("#statement-submit");
        assertThat(page.locator("#statement-notice")).hasText("Išrašas parengtas ir perduotas siųsti adresu ataskaitos@zasu-ukis.lt.");
        var row = page.locator("#statement-table tbody tr").first();
        assertThat(row).containsText("2013-10-01 – 2013-10-31");
        assertThat(row.locator(".sent")).containsText("ataskaitos@zasu-ukis.lt");
        assertThat(row).containsText("1:15");

        Download download = page.waitForDownload(() -> row.locator("a.pdf").click());
        assertThat(download.suggestedFilename()).isEqualTo("israsas-2013-10-01-2013-10-31.pdf");
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(StatementData.text(pdf)).contains("IŠRAŠAS IŠ KONSULTACIJŲ ŽURNALO", request.number(),
                    "2013-10-02", "Ona Onaitė", "Atkurta sugadinta ataskaita", "2013-10-03", "75");
        }
        Download xlsx = page.waitForDownload(() -> row.locator("a.xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("israsas-2013-10-01-2013-10-31.xlsx");
    }

    /**
     * The one-click button the request timeline will show beside an inbound e-mail posts this form
     * (the button itself comes with the mailbox reader); here the page gets the same form added.
     */
    @Test
    void aSubscriptionIsRecordedWithOneClickFromAnInboundEmail() {
        String client = new StatementData(admin(), jdbc).client("lt", "info@zasu-ukis.lt");
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/clients/" + client));
        page.evaluate("""
                ([client]) => {
                  const form = document.createElement('form');
                  form.method = 'post';
                  form.action = '/clients/' + client + '/report-subscription/from-email';
                  form.id = 'from-email';
                  const fields = {messageId: '<CAF.laiskas.1@zasu-ukis.lt>', email: 'ona@zasu-ukis.lt', frequency: 'QUARTER',
                                  returnTo: '/clients/' + client + '#statements',
                                  _csrf: document.querySelector('meta[name="_csrf"]').content};
                  for (const [name, value] of Object.entries(fields)) {
                    const input = document.createElement('input');
                    input.type = 'hidden'; input.name = name; input.value = value;
                    form.appendChild(input);
                  }
                  const button = document.createElement('button');
                  button.type = 'submit'; button.textContent = 'Prašo ataskaitų';
                  form.appendChild(button);
                  document.body.appendChild(form);
                }""", List.of(client));
        page.click("#from-email button");

        assertThat(page.locator("#subscription-notice")).hasText("Prašymas siųsti ataskaitas įrašytas.");
        assertThat(page.locator("#subscription-email")).hasText("ona@zasu-ukis.lt");
        assertThat(page.locator("#subscription-frequency")).hasText("kas ketvirtį");
        assertThat(page.locator("#subscription-state")).containsText("email <CAF.laiskas.1@zasu-ukis.lt>");
        String stored = jdbc.sql("SELECT evidence_message_id FROM report_subscription WHERE client_id = CAST(:c AS uuid)")
                .param("c", client).query(String.class).single();
        assertThat(stored).isEqualTo("<CAF.laiskas.1@zasu-ukis.lt>");
    }
}
