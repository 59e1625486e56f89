package lt.pagalba.billing;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import lt.pagalba.shared.Vilnius;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hours report (issue 17) against what billing issues for the same month: its billable minutes
 * are the included time plus the proforma's hours, category by category. It runs on the billing
 * tests' own database in 2006, a year no other test uses.
 */
class HoursReportTests extends BillingTestSupport {

    @Test
    void theHoursOfAMonthAreTheIncludedTimePlusTheProformasHours() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(client, aContract().from("2006-01-01").monthly().roundedUpTo(15).atLeast(30)
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        String fifty = entry(client, aWorkEntry().of(50).minutes().on("2006-05-02"));
        entry(client, aWorkEntry().of(-20).minutes().on("2006-06-01").correcting(fifty).because("Per daug"));  // B5: May's
        entry(client, aWorkEntry().of(7).minutes().on("2006-05-03"));                                           // -> 30
        entry(client, aWorkEntry().of(46).minutes().on("2006-05-04").as(ADDITIONAL_WORK));                      // -> 60
        entry(client, aWorkEntry().of(90).minutes().on("2006-06-02"));                                          // June

        var byCategory = accountant().get("/api/v1/reports/hours?from=2006-05-01&to=2006-05-31&by=category").json();
        var invoice = invoiceOf(run("2006-05"), client.id());

        assertThat(minutes(byCategory, "CONSULTATION")).isEqualTo(37);         // 50 - 20 + 7
        assertThat(billable(byCategory, "CONSULTATION")).isEqualTo(60);        // 30 + 30
        assertThat(billable(byCategory, "ADDITIONAL_WORK")).isEqualTo(60);
        assertThat(item(byCategory, "ADDITIONAL_WORK").path("name").asString()).isEqualTo("Papildomi darbai");
        assertThat(byCategory.path("totalMinutes").asLong()).isEqualTo(83);
        assertThat(byCategory.path("totalBillableMinutes").asLong()).isEqualTo(120);
        assertThat(invoice.path("lines").size()).as("the included hour covers the consultations").isEqualTo(1);
        var line = invoice.path("lines").get(0);
        assertThat(line.path("category").asString()).isEqualTo("ADDITIONAL_WORK");
        assertThat(new BigDecimal(line.path("hours").asString()).multiply(BigDecimal.valueOf(60)).intValueExact())
                .isEqualTo(billable(byCategory, "ADDITIONAL_WORK"));
        var byClient = accountant().get("/api/v1/reports/hours?from=2006-05-01&to=2006-05-31").json();
        assertThat(item(byClient, client.id()).path("name").asString()).startsWith("UAB „Sąskaita“");
        assertThat(billable(byClient, client.id())).isEqualTo(120);
    }

    @Test
    void consultantsAreNamedAndTheirHoursAddUpToTheTotal() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        entry(client, aWorkEntry().of(25).minutes().on("2006-09-05").by(ona));
        entry(client, aWorkEntry().of(35).minutes().on("2006-09-06").by(ona));
        String petras = unique("petras");
        staffMember(petras, "CONSULTANT");
        entry(client, aWorkEntry().of(10).minutes().on("2006-09-07").by(petras));

        var report = admin().language("en").get("/api/v1/reports/hours?from=2006-09-01&to=2006-09-30&by=consultant").json();

        assertThat(item(report, ona).path("name").asString()).isEqualTo("Jonas Jonaitis");
        assertThat(minutes(report, ona)).isEqualTo(60);
        assertThat(minutes(report, petras)).isEqualTo(10);
        long sum = 0;
        for (JsonNode line : report.path("items")) {
            sum += line.path("minutes").asLong();
        }
        assertThat(report.path("totalMinutes").asLong()).isEqualTo(sum).isEqualTo(70);
        assertThat(report.path("by").asString()).isEqualTo("CONSULTANT");
    }

    @Test
    void theHoursAreFilteredByClientConsultantAndCategoryAndTheClientsStillMatchItsProforma() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"60.00\"}");
        Customer other = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"60.00\"}");
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        entry(client, aWorkEntry().of(30).minutes().on("2006-10-03").by(ona));
        entry(client, aWorkEntry().of(45).minutes().on("2006-10-04").as(ADDITIONAL_WORK));
        entry(other, aWorkEntry().of(20).minutes().on("2006-10-05").by(ona));

        String month = "/api/v1/reports/hours?from=2006-10-01&to=2006-10-31";
        var ofClient = accountant().get(month + "&by=category&clientId=" + client.id()).json();
        var ofOna = accountant().get(month + "&by=client&consultant=" + ona).json();
        var additional = accountant().get(month + "&by=client&category=ADDITIONAL_WORK&clientId=" + client.id()).json();
        var unknownCategory = accountant().get(month + "&category=WEATHER");

        assertThat(ofClient.path("totalMinutes").asLong()).isEqualTo(75);
        assertThat(minutes(ofClient, "CONSULTATION")).isEqualTo(30);
        assertThat(ofOna.path("totalMinutes").asLong()).isEqualTo(50);
        assertThat(minutes(ofOna, other.id())).isEqualTo(20);
        assertThat(additional.path("items").size()).isEqualTo(1);
        assertThat(minutes(additional, client.id())).isEqualTo(45);
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.text()).contains("category");
        var invoice = invoiceOf(run("2006-10"), client.id());
        BigDecimal invoiced = BigDecimal.ZERO;
        for (JsonNode line : invoice.path("lines")) {
            invoiced = invoiced.add(new BigDecimal(line.path("hours").asString()));
        }
        assertThat(invoiced.multiply(BigDecimal.valueOf(60)).intValueExact())
                .as("without a contract every billable minute is on the proforma").isEqualTo(ofClient.path("totalBillableMinutes").asInt());
    }

    @Test
    void withoutDatesTheReportIsOfTheCurrentMonth() {
        var report = accountant().get("/api/v1/reports/hours").json();

        LocalDate first = Vilnius.today().withDayOfMonth(1);
        assertThat(report.path("period").path("from").asString()).isEqualTo(first.toString());
        assertThat(report.path("period").path("to").asString()).isEqualTo(first.plusMonths(1).minusDays(1).toString());
        assertThat(report.path("by").asString()).isEqualTo("CLIENT");
    }

    @Test
    void aPeriodBackwardsOrTooLongAndAnUnknownGroupingAreNamed() {
        var backwards = accountant().get("/api/v1/reports/hours?from=2006-05-31&to=2006-05-01");
        var tooLong = accountant().get("/api/v1/reports/hours?from=2000-01-01&to=2006-01-01");
        var unknown = accountant().language("en").get("/api/v1/reports/hours?by=weather");
        var notADate = accountant().get("/api/v1/reports/hours?from=gegužė");

        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.errorFields()).containsExactly("to");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("by");
        assertThat(unknown.text()).contains("weather");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.text()).contains("from");
    }

    @Test
    void onlyAdministratorsAndAccountantsSeeTheReports() {
        var consultant = staffMember(unique("kons"), "CONSULTANT");

        assertThat(consultant.get("/api/v1/reports/hours").status()).isEqualTo(403);
        assertThat(consultant.get("/api/v1/reports/service-levels").status()).isEqualTo(403);
        assertThat(api().get("/api/v1/reports/hours").status()).isEqualTo(401);
        assertThat(accountant().get("/api/v1/reports/service-levels").status()).isEqualTo(200);
    }

    private static JsonNode item(JsonNode report, String key) {
        for (JsonNode line : report.path("items")) {
            if (line.path("key").asString().equals(key)) {
                return line;
            }
        }
        throw new AssertionError("No line " + key + " in " + report);
    }

    private static long minutes(JsonNode report, String key) {
        return item(report, key).path("minutes").asLong();
    }

    private static int billable(JsonNode report, String key) {
        return item(report, key).path("billableMinutes").asInt();
    }
}
