package lt.pagalba.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WorkEntryBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Each role's home shows what that role works on: the accountant's money, the consultant's day, the administrator's warnings. */
class RoleHomesBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAccountantSeesUnpaidAndOverdueProformasVatInvoicesDueAndWhatTheLastRunSkipped() {
        String accountant = unique("namubuh");
        staffMember(accountant, "ACCOUNTANT");
        String paying = client(unique("UAB „Mokanti“ "));
        String noRate = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","billing":{"period":"MONTH"}}""".formatted(unique("UAB „Be įkainio“ "), companyCode()))
                .field("id");
        String noRateName = admin().get("/api/v1/clients/" + noRate).json().path("name").asString();
        for (String client : new String[] {paying, noRate}) {
            WorkEntryBuilder.aWorkEntry().of(60).minutes().on("2007-04-03").writtenInto(jdbc, client, requestOf(client));
        }
        var run = api().basic(accountant, PASSWORD).post("/api/v1/billing-runs", "{\"period\":\"2007-04\"}");
        String number = run.json().path("invoices").get(0).path("number").asString();
        // the proforma was due long ago: it is overdue, and listed first
        jdbc.sql("UPDATE invoice SET due_date = DATE '2000-01-01' WHERE number = :n").param("n", number).update();

        logIn(accountant, PASSWORD);
        assertThat(page.locator("#unpaid-proformas tr.urgent").first()).containsText(number);
        assertThat(page.locator("#overdue-count")).isVisible();
        assertThat(page.locator("#vat-invoices-due h3")).containsText("PVM sąskaitos faktūros iki");
        assertThat(page.locator("#last-billing-run")).containsText("Už 2007-04 sąskaitos išrašytos");
        assertThat(page.locator("#skipped-clients")).containsText(noRateName);
        assertThat(page.locator("#unpaid-proformas td.num").first()).containsText("€");
    }

    @Test
    void theConsultantSeesTheirOpenRequestsWithTheirAgeWaitingForFirstContactAndTodaysTime() {
        String consultant = unique("namukons");
        staffMember(consultant, "CONSULTANT");
        String client = client(unique("UAB „Konsultuojama“ "));
        String requestId = requestOf(client);
        admin().post("/api/v1/requests/" + requestId + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
        api().basic(consultant, PASSWORD).post("/api/v1/requests/" + requestId + "/work-entries", """
                {"consultant":"%s","workDate":"%s","minutes":45,"mode":"PHONE","category":"CONSULTATION","description":"Skambutis"}"""
                .formatted(consultant, Vilnius.today()));

        var older = Fixtures.phoneRequest(null, "namai@pavyzdys.lt");
        older.put("clientId", client);
        older.put("receivedAt", OffsetDateTime.now(Vilnius.ZONE).minusDays(3).truncatedTo(ChronoUnit.SECONDS).toString());
        var olderOne = admin().post("/api/v1/requests", JSON.writeValueAsString(older));
        admin().post("/api/v1/requests/" + olderOne.field("id") + "/assignments",
                "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));

        logIn(consultant, PASSWORD);
        assertThat(page.locator("#todays-minutes")).hasText("0:45");
        assertThat(page.locator("#mine td.age").first()).isVisible();
        assertThat(page.locator("#mine tbody tr").first()) // the longest waiting first
                .containsText(olderOne.field("number"));
        assertThat(page.locator("#not-contacted")).isVisible();
        assertThat(page.locator("#unpaid-proformas")).hasCount(0);
        assertThat(page.locator("#setup-steps")).hasCount(0);
    }

    @Test
    void theAdministratorIsWarnedOnEveryPageWhileTheSellerDetailsAreThePlaceholders() {
        logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("#warning-seller")).containsText("300000003");
        assertThat(page.locator("#setup-seller")).isVisible();
        page.navigate(url("/clients"));
        assertThat(page.locator("#warning-seller")).isVisible();

        String consultant = unique("neadmin");
        staffMember(consultant, "CONSULTANT");
        page.click("#logout");
        logIn(consultant, PASSWORD);
        assertThat(page.locator("#warning-seller")).hasCount(0);
    }

    private String requestOf(String clientId) {
        var body = Fixtures.phoneRequest(null, "namai@pavyzdys.lt");
        body.put("clientId", clientId);
        return admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
    }
}
