package lt.pagalba.billing;

import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.ContractBuilder;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WorkEntryBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
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

    /** A client of the tests, with the one request its time is logged on. */
    record Customer(String id, String requestId) {
    }

    Api accountant() {
        if (accountant == null) {
            accountant = staffMember(unique("buh"), "ACCOUNTANT");
        }
        return accountant;
    }

    /** A client (billing settings as JSON) with one request to log time on. */
    Customer clientWithRequest(String billing) {
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","vatCode":"%s","address":"Gedimino pr. 1, Vilnius",
                 "email":"buhalterija@saskaita.lt","billing":%s}""".formatted(unique("UAB „Sąskaita“ "), companyCode(), vatCode(),
                billing))
                .field("id");
        var body = Fixtures.phoneRequest(null, "s@saskaita.lt");
        body.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
        return new Customer(clientId, requestId);
    }

    void contract(Customer client, ContractBuilder contract) {
        var created = admin().post("/api/v1/clients/" + client.id() + "/contracts", contract.json());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    /** Work of past years is written straight to the journal's table: the API keeps to 92 days back. */
    String entry(Customer client, WorkEntryBuilder entry) {
        return entry.writtenInto(jdbc, client.id(), client.requestId());
    }

    Api.Response run(String period) {
        var response = accountant().post("/api/v1/billing-runs", "{\"period\":\"%s\"}".formatted(period));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response;
    }

    /** The client's invoice in a run's answer, or null. */
    JsonNode invoiceOf(Api.Response run, String clientId) {
        for (var invoice : run.json().path("invoices")) {
            if (invoice.path("clientId").asString().equals(clientId)) {
                return accountant().get("/api/v1/invoices/" + invoice.path("id").asString()).json();
            }
        }
        return null;
    }
}
