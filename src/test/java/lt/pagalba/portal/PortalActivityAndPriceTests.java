package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;
import lt.pagalba.billing.PriceSoFar;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.journal.UsageReport;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.support.WorkEntryBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal's last gaps (issue 16 items 2 and 4): each request in the list shows its last public
 * activity (a status change, the client's mail, a staff reply; never a note), and a client without a
 * contract sees the time worked this period with its price so far, the same figure a billing run bills.
 */
class PortalActivityAndPriceTests extends PortalTestSupport {

    @Autowired
    PriceSoFar prices;

    @Autowired
    UsageReport usage;

    @Autowired
    ClientDirectory clients;

    @Test
    void theListShowsEachRequestsLastPublicActivityAndANoteIsNone() {
        String email = unique("veikla") + "@veikla.lt";
        String clientId = clientWithContact(unique("UAB Veikla "), email);
        String requestId = requestOf(clientId, email, "Nesutampa likučiai");
        ledBy(requestId);
        moveTo(requestId, "IN_PROGRESS");
        jdbc.sql("UPDATE request_event SET occurred_at = CAST('2026-11-02T09:00:00+02:00' AS timestamptz) WHERE request_id = :id")
                .param("id", UUID.fromString(requestId)).update();
        jdbc.sql("""
                UPDATE request_event SET occurred_at = CAST('2026-11-20T10:15:00+02:00' AS timestamptz)
                WHERE request_id = :id AND kind = 'STATUS_CHANGED'""").param("id", UUID.fromString(requestId)).update();
        PortalClient browser = loggedIn(email);

        assertThat(browser.get("/portal").body()).contains("Paskutinį kartą atnaujinta 2026-11-20 10:15");

        staffWrote(requestId, "NOTE", "Vidinė pastaba", "pastaba.txt", "vidus".getBytes(StandardCharsets.UTF_8));
        assertThat(browser.get("/portal").body()).as("a note is not public").contains("Paskutinį kartą atnaujinta 2026-11-20 10:15");

        staffWrote(requestId, "REPLY", "Sveiki, likučius sutikrinome.", "atsakymas.txt", "ok".getBytes(StandardCharsets.UTF_8));
        assertThat(browser.get("/portal").body()).doesNotContain("Paskutinį kartą atnaujinta 2026-11-20 10:15")
                .contains("Paskutinį kartą atnaujinta " + Vilnius.today());
    }

    @Test
    void withoutAContractTheHoursShowThePriceSoFarAtTheClientsRates() {
        String email = unique("kaina") + "@kaina.lt";
        String clientId = clientWithRates(unique("UAB Kaina "), email);
        String requestId = requestOf(clientId, email, "Konsultacija dėl PVM");
        WorkEntryBuilder.aWorkEntry().of(47).minutes().on(Vilnius.today()).writtenInto(jdbc, clientId, requestId);
        WorkEntryBuilder.aWorkEntry().of(29).minutes().on(Vilnius.today()).as(WorkCategory.ADDITIONAL_WORK)
                .writtenInto(jdbc, clientId, requestId);

        String hours = loggedIn(email).get("/portal/hours").body();

        // 47 min × 47.30 = 37.0517 → 37.05; 29 min × 52.10 = 25.1817 → 25.18; each line to cents, as an invoice
        // (the amounts as the page writes money in Lithuanian, whatever sign of the euro it uses)
        assertThat(hours).contains("Šį laikotarpį panaudota 0:47 val.");
        assertThat(hours).containsPattern("iki šiol – 62,23\\D{1,8}be PVM")
                .containsPattern("0:47 val\\. × 47,30\\D{1,8}už valandą = 37,05")
                .containsPattern("0:29 val\\. × 52,10\\D{1,8}už valandą = 25,18");
    }

    @Test
    void thePriceSoFarIsWhatABillingRunOfThePeriodBills() {
        String email = unique("palyginimas") + "@kaina.lt";
        String clientId = clientWithRates(unique("UAB Palyginimas "), email);
        String requestId = requestOf(clientId, email, "Metinė ataskaita");
        YearMonth lastMonth = YearMonth.from(Vilnius.today()).minusMonths(1);
        WorkEntryBuilder.aWorkEntry().of(47).minutes().on(lastMonth.atDay(3)).writtenInto(jdbc, clientId, requestId);
        WorkEntryBuilder.aWorkEntry().of(131).minutes().on(lastMonth.atDay(17)).writtenInto(jdbc, clientId, requestId);
        WorkEntryBuilder.aWorkEntry().of(29).minutes().on(lastMonth.atDay(20)).as(WorkCategory.ADDITIONAL_WORK)
                .writtenInto(jdbc, clientId, requestId);
        ClientId id = ClientId.parse(clientId);

        var price = prices.of(clients.get(id), usage.usage(id, Period.month(lastMonth))).orElseThrow();
        String accountant = unique("buhaltere");
        staffMember(accountant, "ACCOUNTANT");
        var run = api().basic(accountant, PASSWORD).post("/api/v1/billing-runs",
                "{\"period\":\"%s\",\"dryRun\":true}".formatted(lastMonth));
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        var billed = run.json().path("invoices").valueStream().filter(i -> i.path("clientId").asString().equals(clientId))
                .findFirst().orElseThrow();

        assertThat(price.net().amount()).isEqualByComparingTo(billed.path("net").asString());
        assertThat(price.net().amount()).isEqualByComparingTo("165.50"); // 178 min × 47.30 = 140.32; 29 min × 52.10 = 25.18
    }

    /** A client without a contract, with its own rates and every minute billable as worked. */
    private String clientWithRates(String name, String email) {
        String id = clientWithContact(name, email);
        var changed = admin().patch("/api/v1/clients/" + id, """
                {"billing":{"period":"MONTH","hourlyRate":"47.30","additionalWorkRate":"52.10","incrementMinutes":1,"minimumMinutes":0}}""");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        return id;
    }
}
