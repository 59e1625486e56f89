package lt.pagalba.journal;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.ContractBuilder;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WorkEntryBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** B1, B3, B4, B5 in the usage read model, on the real PostgreSQL. */
class UsageReportTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    UsageReport usage;

    @Autowired
    JdbcClient jdbc;

    private ClientId clientId;
    private String requestId;

    private void clientBilled(String billing) {
        clientId = ClientId.parse(admin().post("/api/v1/clients", "{\"name\":\"%s\",\"billing\":%s}"
                .formatted(unique("UAB Naudojimas "), billing)).field("id"));
        var body = Fixtures.phoneRequest(null, "n@naudojimas.lt");
        body.put("clientId", clientId.text());
        requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
    }

    /** Entries of past periods are written straight to the table: the API keeps to 92 days back. */
    private String entry(WorkEntryBuilder entry) {
        return entry.writtenInto(jdbc, clientId.text(), requestId);
    }

    private void contract(ContractBuilder contract) {
        var created = admin().post("/api/v1/clients/" + clientId + "/contracts", contract.json());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void withoutAContractTheClientsOwnRoundingAppliesAndNothingIsIncluded() {
        clientBilled("{\"period\":\"MONTH\",\"hourlyRate\":\"45\",\"incrementMinutes\":15,\"minimumMinutes\":30}");
        entry(aWorkEntry().of(7).minutes().on("2026-10-05"));    // -> 30 (minimum)
        entry(aWorkEntry().of(50).minutes().on("2026-10-31"));   // -> 60
        entry(aWorkEntry().of(50).minutes().on("2026-11-01"));   // next month
        entry(aWorkEntry().of(20).minutes().on("2026-10-10").as(ADDITIONAL_WORK)); // -> 30

        Usage october = usage.usage(clientId, Period.parse("2026-10"));

        assertThat(october.contractNumber()).isNull();
        assertThat(october.of(WorkCategory.CONSULTATION).billableMinutes()).isEqualTo(90);
        assertThat(october.of(WorkCategory.CONSULTATION).includedMinutes()).isNull();
        assertThat(october.of(WorkCategory.CONSULTATION).exceededMinutes()).isEqualTo(90);
        assertThat(october.of(WorkCategory.ADDITIONAL_WORK).billableMinutes()).isEqualTo(30);
        assertThat(october.warningLevel()).isZero();
    }

    @Test
    void aMonthlyContractCountsEachEntryInTheMonthOfItsWorkDate() {
        clientBilled("{\"period\":\"MONTH\"}");
        contract(aContract().from("2026-01-01").monthly().roundedUpTo(15).including(600, CONSULTATION).at("40.00"));
        entry(aWorkEntry().of(600).minutes().on("2026-09-30"));
        entry(aWorkEntry().of(300).minutes().on("2026-10-01"));
        entry(aWorkEntry().of(190).minutes().on("2026-10-31"));  // -> 195
        String wrong = entry(aWorkEntry().of(200).minutes().on("2026-10-15"));
        entry(aWorkEntry().of(-80).minutes().on("2026-11-03").correcting(wrong)); // counts in October: 200 -> 120

        Usage october = usage.usage(clientId, Period.parse("2026-10"));

        var consultation = october.of(WorkCategory.CONSULTATION);
        assertThat(consultation.billableMinutes()).isEqualTo(300 + 195 + 120);
        assertThat(consultation.includedMinutes()).isEqualTo(600);
        assertThat(consultation.exceededMinutes()).isEqualTo(15);
        assertThat(consultation.remainingMinutes()).isZero();
        assertThat(october.warningLevel()).isEqualTo(100);
        assertThat(october.of(WorkCategory.ADDITIONAL_WORK).includedMinutes()).as("not in the contract").isZero();
        assertThat(usage.usage(clientId, Period.parse("2026-09")).of(WorkCategory.CONSULTATION).remainingMinutes()).isZero();
        assertThat(usage.usage(clientId, Period.parse("2026-11")).of(WorkCategory.CONSULTATION).billableMinutes()).isZero();
    }

    @Test
    void aQuarterlyContractCountsTheWholeQuarterAndWarnsAt80Percent() {
        clientBilled("{\"period\":\"QUARTER\"}");
        contract(aContract().from("2026-01-01").quarterly().including(1000, CONSULTATION).at("40.00"));
        entry(aWorkEntry().of(500).minutes().on("2026-09-30"));  // Q3
        entry(aWorkEntry().of(400).minutes().on("2026-10-01"));  // Q4
        entry(aWorkEntry().of(450).minutes().on("2026-12-31"));  // Q4
        entry(aWorkEntry().of(100).minutes().on("2027-01-01"));  // next year

        Usage q4 = usage.usage(clientId, Period.parse("2026-Q4"));

        assertThat(q4.of(WorkCategory.CONSULTATION).billableMinutes()).isEqualTo(850);
        assertThat(q4.of(WorkCategory.CONSULTATION).percentUsed()).isEqualTo(85);
        assertThat(q4.warningLevel()).isEqualTo(80);

        var history = usage.history(clientId, Period.parse("2027-Q1"), 3);
        assertThat(history).extracting(u -> u.period().text()).containsExactly("2026-Q3", "2026-Q4", "2027-Q1");
        assertThat(history).extracting(u -> u.of(WorkCategory.CONSULTATION).billableMinutes()).containsExactly(500, 850, 100);
    }

    @Test
    void eachEntryIsRoundedUnderTheContractValidOnItsDay() {
        clientBilled("{\"period\":\"MONTH\",\"incrementMinutes\":1}");
        contract(aContract().from("2026-10-16").monthly().roundedUpTo(60).including(120, CONSULTATION).at("40.00"));
        entry(aWorkEntry().of(10).minutes().on("2026-10-15"));   // client's rule: 10
        entry(aWorkEntry().of(10).minutes().on("2026-10-16"));   // contract's rule: 60

        Usage october = usage.usage(clientId, Period.parse("2026-10"));

        assertThat(october.of(WorkCategory.CONSULTATION).billableMinutes()).isEqualTo(70);
        assertThat(october.contractNumber()).isNotNull();
        assertThat(october.of(WorkCategory.CONSULTATION).includedMinutes()).as("not prorated").isEqualTo(120);
    }

    @Test
    void theApiAnswersForAPeriodAndRefusesNonsense() {
        clientBilled("{\"period\":\"MONTH\"}");
        entry(aWorkEntry().of(45).minutes().on("2026-10-05"));
        var october = admin().get("/api/v1/clients/" + clientId + "/usage?period=2026-10");
        assertThat(october.status()).isEqualTo(200);
        assertThat(october.field("period")).isEqualTo("2026-10");
        assertThat(october.json().path("categories").get(0).path("billableMinutes").asInt()).isEqualTo(45);
        assertThat(admin().get("/api/v1/clients/" + clientId + "/usage?period=2026-13").status()).isEqualTo(422);
        assertThat(admin().get("/api/v1/clients/" + clientId + "/usage/history?period=2026-10&count=12")
                .json().path("items").size()).isEqualTo(12);
    }
}
