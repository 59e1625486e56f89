package lt.pagalba.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
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

    private String clientId;
    private String requestId;

    private void clientBilled(String billing) {
        clientId = admin().post("/api/v1/clients", "{\"name\":\"%s\",\"billing\":%s}".formatted(unique("UAB Naudojimas "), billing))
                .field("id");
        var body = Fixtures.phoneRequest(null, "n@naudojimas.lt");
        body.put("clientId", clientId);
        requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
    }

    /** Entries of past periods are written straight to the table: the API keeps to 92 days back. */
    private String entry(String day, int minutes, WorkCategory category, String corrects) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, corrects, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), 'admin', :day, :minutes, 'PHONE', :category,
                  'Darbas', CAST(:corrects AS uuid), now(), 'admin')
                """).param("id", id).param("request", requestId).param("client", clientId)
                .param("day", LocalDate.parse(day)).param("minutes", minutes).param("category", category.name())
                .param("corrects", corrects).update();
        return id.toString();
    }

    private void contract(String from, String to, String period, int increment, int minimum, int included) {
        var created = admin().post("/api/v1/clients/" + clientId + "/contracts", """
                {"number":"%s","validFrom":"%s","validTo":%s,"period":"%s","incrementMinutes":%d,"minimumMinutes":%d,
                 "allowances":[{"category":"CONSULTATION","includedMinutes":%d,"overageHourlyRate":"40.00"}]}"""
                .formatted(unique("S-"), from, to == null ? "null" : "\"" + to + "\"", period, increment, minimum, included));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void withoutAContractTheClientsOwnRoundingAppliesAndNothingIsIncluded() {
        clientBilled("{\"period\":\"MONTH\",\"hourlyRate\":\"45\",\"incrementMinutes\":15,\"minimumMinutes\":30}");
        entry("2026-10-05", 7, WorkCategory.CONSULTATION, null);    // -> 30 (minimum)
        entry("2026-10-31", 50, WorkCategory.CONSULTATION, null);   // -> 60
        entry("2026-11-01", 50, WorkCategory.CONSULTATION, null);   // next month
        entry("2026-10-10", 20, WorkCategory.ADDITIONAL_WORK, null); // -> 30

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
        contract("2026-01-01", null, "MONTH", 15, 0, 600);
        entry("2026-09-30", 600, WorkCategory.CONSULTATION, null);
        entry("2026-10-01", 300, WorkCategory.CONSULTATION, null);
        entry("2026-10-31", 190, WorkCategory.CONSULTATION, null);  // -> 195
        String wrong = entry("2026-10-15", 200, WorkCategory.CONSULTATION, null);
        entry("2026-11-03", -80, WorkCategory.CONSULTATION, wrong); // counts in October: 200 -> 120

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
        contract("2026-01-01", null, "QUARTER", 1, 0, 1000);
        entry("2026-09-30", 500, WorkCategory.CONSULTATION, null);  // Q3
        entry("2026-10-01", 400, WorkCategory.CONSULTATION, null);  // Q4
        entry("2026-12-31", 450, WorkCategory.CONSULTATION, null);  // Q4
        entry("2027-01-01", 100, WorkCategory.CONSULTATION, null);  // next year

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
        contract("2026-10-16", null, "MONTH", 60, 0, 120);
        entry("2026-10-15", 10, WorkCategory.CONSULTATION, null);   // client's rule: 10
        entry("2026-10-16", 10, WorkCategory.CONSULTATION, null);   // contract's rule: 60

        Usage october = usage.usage(clientId, Period.parse("2026-10"));

        assertThat(october.of(WorkCategory.CONSULTATION).billableMinutes()).isEqualTo(70);
        assertThat(october.contractNumber()).isNotNull();
        assertThat(october.of(WorkCategory.CONSULTATION).includedMinutes()).as("not prorated").isEqualTo(120);
    }

    @Test
    void theApiAnswersForAPeriodAndRefusesNonsense() {
        clientBilled("{\"period\":\"MONTH\"}");
        entry("2026-10-05", 45, WorkCategory.CONSULTATION, null);
        var october = admin().get("/api/v1/clients/" + clientId + "/usage?period=2026-10");
        assertThat(october.status()).isEqualTo(200);
        assertThat(october.field("period")).isEqualTo("2026-10");
        assertThat(october.json().path("categories").get(0).path("billableMinutes").asInt()).isEqualTo(45);
        assertThat(admin().get("/api/v1/clients/" + clientId + "/usage?period=2026-13").status()).isEqualTo(422);
        assertThat(admin().get("/api/v1/clients/" + clientId + "/usage/history?period=2026-10&count=12")
                .json().path("items").size()).isEqualTo(12);
    }
}
