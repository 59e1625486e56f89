package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Billing runs bill every client with unbilled work, and each month runs once per database: billing
 * tests get a database of their own, and each test bills months of a year no other test uses.
 */
@TestPropertySource(properties = "spring.application.name=pagalba-billing-tests")
abstract class BillingTestSupport extends ApiTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    Api accountant;

    Api accountant() {
        if (accountant == null) {
            accountant = staffMember(unique("buh"), "ACCOUNTANT");
        }
        return accountant;
    }

    /** A client (billing settings as JSON) with one request to log time on; returns {clientId, requestId}. */
    String[] clientWithRequest(String billing) {
        String clientId = admin().post("/api/v1/clients", "{\"name\":\"%s\",\"companyCode\":\"%s\",\"vatCode\":\"LT100012345611\",\"address\":\"Gedimino pr. 1, Vilnius\",\"email\":\"buhalterija@saskaita.lt\",\"billing\":%s}"
                .formatted(unique("UAB „Sąskaita“ "), companyCode(), billing)).field("id");
        var body = Fixtures.phoneRequest(null, "s@saskaita.lt");
        body.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
        return new String[]{clientId, requestId};
    }

    void contract(String clientId, String from, String to, String period, int increment, int minimum,
                  int includedConsultation, String consultationRate, int includedAdditional, String additionalRate) {
        var created = admin().post("/api/v1/clients/" + clientId + "/contracts", """
                {"number":"%s","validFrom":"%s","validTo":%s,"period":"%s","incrementMinutes":%d,"minimumMinutes":%d,
                 "allowances":[{"category":"CONSULTATION","includedMinutes":%d,"overageHourlyRate":"%s"},
                               {"category":"ADDITIONAL_WORK","includedMinutes":%d,"overageHourlyRate":"%s"}]}"""
                .formatted(unique("S-"), from, to == null ? "null" : "\"" + to + "\"", period, increment, minimum,
                        includedConsultation, consultationRate, includedAdditional, additionalRate));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    /** Work of past years is written straight to the journal's table: the API keeps to 92 days back. */
    String entry(String[] client, String day, int minutes, String category, String corrects) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO work_entry (id, request_id, client_id, consultant, work_date, minutes, mode, category,
                  description, corrects, created_at, created_by)
                VALUES (:id, CAST(:request AS uuid), CAST(:client AS uuid), 'admin', :day, :minutes, 'PHONE', :category,
                  'Darbas', CAST(:corrects AS uuid), now(), 'admin')
                """).param("id", id).param("request", client[1]).param("client", client[0])
                .param("day", LocalDate.parse(day)).param("minutes", minutes).param("category", category)
                .param("corrects", corrects).update();
        return id.toString();
    }

    Api.Response run(String period) {
        var response = accountant().post("/api/v1/billing-runs", "{\"period\":\"%s\"}".formatted(period));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response;
    }

    /** The client's invoice in a run's answer, or null. */
    tools.jackson.databind.JsonNode invoiceOf(Api.Response run, String clientId) {
        for (var invoice : run.json().path("invoices")) {
            if (invoice.path("clientId").asString().equals(clientId)) {
                return accountant().get("/api/v1/invoices/" + invoice.path("id").asString()).json();
            }
        }
        return null;
    }
}
