package lt.pagalba.tax;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WorkEntryBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database of its own with a month of tax documents as an accountant sees them, made once for the
 * tax tests: VAT invoices of clients with and without a contract, at rates whose minutes do not come to
 * whole cents, with a late period's line, for a client in Latvia (reverse charge), and credit notes —
 * the accountant's own, a part of a line, the rest of it (closed by a cent), and a billing run's
 * credit of a correction.
 */
@TestPropertySource(properties = "spring.application.name=pagalba-tax-tests")
abstract class RealisticMonth extends ApiTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The documents are issued today; they bill the months before. */
    static final YearMonth ISSUED = YearMonth.from(Vilnius.today());
    private static final YearMonth EARLIER = ISSUED.minusMonths(3);
    private static final YearMonth BILLED = ISSUED.minusMonths(2);
    private static final YearMonth CORRECTED = ISSUED.minusMonths(1);

    /** The VAT invoices and credit notes made (ids), filled once for the whole class. */
    static final List<String> documents = new ArrayList<>();
    static String latvian;

    @Autowired
    JdbcClient jdbc;

    private Api accountant;

    Api accountant() {
        if (accountant == null) {
            accountant = staffMember(unique("buh"), "ACCOUNTANT");
        }
        return accountant;
    }

    /**
     * Makes the month's documents once for the tax tests that share this context's database; again
     * only when the context (and its database) was made anew since.
     */
    synchronized void month() {
        if (!documents.isEmpty() && accountant().get("/api/v1/invoices/" + documents.get(0)).status() == 200) {
            return;
        }
        documents.clear();
        String contract = client("{\"period\":\"MONTH\"}", "Gedimino pr. 10, LT-01103 Vilnius", vatCode(), null, false);
        assertThat(admin().post("/api/v1/clients/" + contract + "/contracts", aContract().from(EARLIER.atDay(1).toString()).monthly()
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("55.00").json()).status()).isEqualTo(201);
        String hourly = client("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\",\"additionalWorkRate\":\"50.00\"}",
                "Ąžuolų g. 7, LT-44280 Kaunas", null, null, true);
        latvian = client("{\"period\":\"MONTH\",\"hourlyRate\":\"50.00\"}", null, "LV40003245752", "\"street\":\"Brīvības iela 21\","
                + "\"city\":\"Rīga\",\"postcode\":\"LV-1010\",\"country\":\"LV\",\"language\":\"en\"", false);

        String wrong = work(contract, aWorkEntry().of(185).minutes().on(BILLED.atDay(6).toString()));     // 125 over at 40,00
        work(contract, aWorkEntry().of(47).minutes().on(BILLED.atDay(7).toString()).as(ADDITIONAL_WORK));   // 47 × 55 / 60
        work(hourly, aWorkEntry().of(100).minutes().on(EARLIER.atDay(20).toString()));                      // late: its own period
        work(hourly, aWorkEntry().of(50).minutes().on(BILLED.atDay(9).toString()));
        work(hourly, aWorkEntry().of(73).minutes().on(BILLED.atDay(10).toString()).as(ADDITIONAL_WORK));    // 73 × 50 / 60
        work(latvian, aWorkEntry().of(130).minutes().on(BILLED.atDay(14).toString()));                     // 130 × 50 / 60
        run(BILLED);
        for (String client : List.of(contract, hourly, latvian)) {
            documents.add(pay(proformaOf(client)));
        }
        JsonNode hourlyLines = accountant().get("/api/v1/invoices/" + documents.get(1)).json().path("lines");
        documents.add(credit(documents.get(1), "[\"%s\"]".formatted(hourlyLines.get(2).path("id").asString()),
                "Papildomi darbai atlikti pagal garantiją"));
        String latvianLine = accountant().get("/api/v1/invoices/" + documents.get(2)).json().path("lines").get(0).path("id").asString();
        // 2 min are 1,67 and the other 128 min 106,67: together a cent more than the line's 108,33
        documents.add(credit(documents.get(2), "[{\"line\":\"%s\",\"minutes\":2}]".formatted(latvianLine), "Time entered twice"));
        documents.add(credit(documents.get(2), "[]", "Service cancelled by the client"));

        work(contract, aWorkEntry().of(-35).minutes().on(CORRECTED.atDay(2).toString()).correcting(wrong));
        work(hourly, aWorkEntry().of(20).minutes().on(CORRECTED.atDay(3).toString()).as(ADDITIONAL_WORK));
        run(CORRECTED);
        documents.add(accountant().get("/api/v1/invoices?clientId=" + contract + "&type=CREDIT_NOTE").json().path("items").get(0)
                .path("id").asString());
        documents.add(pay(proformaOf(hourly)));
    }

    /** The client's latest proforma still unpaid. */
    private String proformaOf(String clientId) {
        for (var invoice : accountant().get("/api/v1/invoices?clientId=" + clientId + "&type=PROFORMA").json().path("items")) {
            if (invoice.path("vatInvoice").isNull()) {
                return invoice.path("id").asString();
            }
        }
        throw new AssertionError("No proforma for " + clientId);
    }

    private String client(String billing, String address, String vatCode, String more, boolean attachEInvoice) {
        String body = """
                {"name":"%s","companyCode":%s,"vatCode":%s,"address":%s,"email":"%s@saskaita.lt","billing":%s,
                 "attachEInvoice":%s%s}""".formatted(unique("UAB „Pardavimai“ "), more == null ? "\"" + companyCode() + "\"" : "null",
                vatCode == null ? "null" : "\"" + vatCode + "\"", address == null ? "null" : "\"" + address + "\"", unique("b"),
                billing, attachEInvoice, more == null ? "" : "," + more);
        var created = admin().post("/api/v1/clients", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    private String work(String clientId, WorkEntryBuilder entry) {
        var request = Fixtures.phoneRequest(null, "o@pardavimai.lt");
        request.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(request)).field("id");
        return entry.writtenInto(jdbc, clientId, requestId);
    }

    private Api.Response run(YearMonth month) {
        var run = accountant().post("/api/v1/billing-runs", "{\"period\":\"%s\"}".formatted(month));
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        return run;
    }

    private String pay(String proforma) {
        var paid = accountant().post("/api/v1/invoices/" + proforma + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        return paid.field("vatInvoice");
    }

    private String credit(String vatInvoice, String lines, String reason) {
        var note = accountant().post("/api/v1/invoices/" + vatInvoice + "/credit-notes",
                "{\"lines\":%s,\"reason\":\"%s\"}".formatted(lines, reason));
        assertThat(note.status()).as(note.text()).isEqualTo(201);
        return note.field("id");
    }
}
