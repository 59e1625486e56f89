package lt.pagalba.billing;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.Vilnius;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: a run answers with the proformas it has just written, not with them read back. The answer
 * must be exactly what a later read finds: every field, every amount with its scale (45.5 € an hour
 * is 45.50 on both), the parties, lines and VAT breakdown, over a run with contracts and without,
 * late time and a correction of a billed month, a credit note of an invoiced one, both languages and a
 * buyer lacking what a VAT invoice needs.
 */
class BillingRunAnswerTests extends BillingTestSupport {

    @Autowired
    BillingRun runs;

    @Autowired
    Invoices invoices;

    @Autowired
    JsonMapper json;

    @Test
    void theRunsAnswerIsWhatALaterReadOfTheSameInvoicesFinds() {
        Customer contracted = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(contracted, aContract().from("2007-01-01").monthly().roundedUpTo(15).atLeast(30)
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.50"));
        String wrong = entry(contracted, aWorkEntry().of(200).minutes().on("2007-01-10"));
        Customer odd = client("""
                {"period":"MONTH","hourlyRate":"45.5","additionalWorkRate":"55"}""", "en", true);
        entry(odd, aWorkEntry().of(50).minutes().on("2007-01-15"));
        Customer invoiced = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"40.00\"}");
        String invoicedWrong = entry(invoiced, aWorkEntry().of(180).minutes().on("2007-01-11"));
        Customer quarterly = client("{\"period\":\"QUARTER\",\"hourlyRate\":\"33.33\",\"additionalWorkRate\":\"33.33\"}", "lt", false);
        entry(quarterly, aWorkEntry().of(7).minutes().on("2007-01-20"));
        entry(quarterly, aWorkEntry().of(61).minutes().on("2007-03-02").as(ADDITIONAL_WORK));

        var january = run("2007-01");
        sameAsReadLater(january);
        var paid = accountant().post("/api/v1/invoices/" + summaryOf(january, invoiced.id()).path("id").asString() + "/payment",
                "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);

        entry(contracted, aWorkEntry().of(-20).minutes().on("2007-02-01").correcting(wrong));   // a credit line for January
        entry(contracted, aWorkEntry().of(45).minutes().on("2007-01-30"));                      // late time for January
        entry(contracted, aWorkEntry().of(101).minutes().on("2007-02-05"));
        entry(contracted, aWorkEntry().of(13).minutes().on("2007-02-06").as(ADDITIONAL_WORK));
        entry(odd, aWorkEntry().of(1).minutes().on("2007-02-07"));
        entry(odd, aWorkEntry().of(29).minutes().on("2007-02-08").as(ADDITIONAL_WORK));
        entry(invoiced, aWorkEntry().of(-90).minutes().on("2007-02-02").correcting(invoicedWrong));  // a credit note of its VAT invoice
        entry(invoiced, aWorkEntry().of(100).minutes().on("2007-02-12"));

        var february = run("2007-02");
        assertThat(summaryOf(february, contracted.id()).path("net").asString()).as("January's 15 more minutes, 45 over and 30 of additional work").isEqualTo("65.25");
        assertThat(summaryOf(february, odd.id()).path("net").asString()).as("0.76 + 26.58").isEqualTo("27.34");
        assertThat(summaryOf(february, odd.id()).path("vat").asString()).isEqualTo("5.74");
        assertThat(summaryOf(february, invoiced.id()).path("gross").asString()).isEqualTo("80.67");
        assertThat(february.json().path("incompleteClients").toString()).contains(odd.id());
        sameAsReadLater(february);
        assertThat(accountant().get("/api/v1/invoices?clientId=" + invoiced.id() + "&type=CREDIT_NOTE").json().path("total").asInt())
                .isEqualTo(1);

        var march = run("2007-03");
        assertThat(summaryOf(march, quarterly.id()).path("net").asString()).as("3.89 + 33.89: each line rounded").isEqualTo("37.78");
        sameAsReadLater(march);
    }

    /** Every view a run made from what it wrote serializes exactly as the same invoice read back does. */
    @Test
    void theViewsARunMakesAreTheViewsReadBack() {
        Customer client = client("""
                {"period":"MONTH","hourlyRate":"45.5","additionalWorkRate":"55.1"}""", "en", false);
        YearMonth month = unbilled();
        entry(client, aWorkEntry().of(50).minutes().on(month.atDay(15)));
        entry(client, aWorkEntry().of(7).minutes().on(month.atDay(16)).as(ADDITIONAL_WORK));

        BillingRun.Result result = runs.run(month, false, new Actor(unique("buh"), Set.of("ACCOUNTANT")));

        assertThat(result.invoices()).isNotEmpty();
        assertThat(result.invoices()).anySatisfy(v -> assertThat(v.clientId().text()).isEqualTo(client.id()));
        for (InvoiceView made : result.invoices()) {
            InvoiceView read = invoices.find(made.id()).orElseThrow().view();
            assertThat(json.writeValueAsString(made)).isEqualTo(json.writeValueAsString(read));
            assertThat(made.lines()).hasSameSizeAs(read.lines());
            for (int n = 0; n < made.lines().size(); n++) {
                // the fields the API leaves out, too (the PDF and pages read them)
                assertThat(made.lines().get(n).vatRate()).isEqualTo(read.lines().get(n).vatRate());
                assertThat(made.lines().get(n).sourceLine()).isEqualTo(read.lines().get(n).sourceLine());
                assertThat(made.lines().get(n).hours().scale()).isEqualTo(read.lines().get(n).hours().scale());
            }
        }
        // the ranges behind its lines (written with COPY) are billed at the run's own time, as now() had it
        InvoiceView mine = result.invoices().stream().filter(v -> v.clientId().text().equals(client.id())).findFirst().orElseThrow();
        List<String> lines = mine.lines().stream().map(InvoiceLine::id).toList();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM billed_range b JOIN billing_run r ON r.period = :period
                WHERE b.client_id = CAST(:client AS uuid) AND b.lock_ref IN (:lines) AND b.billed_at = r.started_at
                """).param("period", month.toString()).param("client", client.id()).param("lines", lines)
                .query(Integer.class).single()).isEqualTo(2);
        JsonNode behind = accountant().get("/api/v1/invoices/" + mine.id().text() + "/entries").json();
        for (String line : lines) {
            assertThat(behind.path(line).size()).as("every euro traces to its entries: line " + line).isEqualTo(1);
        }
    }

    /**
     * Each invoice of the answer is the one a later GET finds, field by field (the amounts as the text
     * the API writes, so a scale that differed would fail), and the run asked again answers the same
     * (that answer is read from the database: a month runs once).
     */
    private void sameAsReadLater(lt.pagalba.support.Api.Response run) {
        JsonNode answered = run.json().path("invoices");
        assertThat(answered.size()).isPositive();
        List<String> numbers = new ArrayList<>();
        for (JsonNode summary : answered) {
            JsonNode later = accountant().get("/api/v1/invoices/" + summary.path("id").asString()).json();
            for (String field : List.of("id", "number", "clientId", "net", "vat", "gross")) {
                assertThat(summary.path(field)).as(field + " of " + summary).isEqualTo(later.path(field));
            }
            assertThat(summary.path("net").asString()).matches("-?\\d+\\.\\d{2}");
            assertThat(later.path("type").asString()).isEqualTo("PROFORMA");
            assertThat(later.path("status").asString()).isEqualTo("ISSUED");
            numbers.add(summary.path("number").asString());
        }
        assertThat(numbers).as("in number order").isSorted();
        var again = run(run.json().path("period").asString());
        assertThat(again.json().path("invoices")).isEqualTo(answered);
        assertThat(again.json().path("incompleteClients")).isEqualTo(run.json().path("incompleteClients"));
    }

    /** A month of 2007 from May on that no run has billed yet (a test run again bills a month of its own). */
    private YearMonth unbilled() {
        List<String> billed = jdbc.sql("SELECT period FROM billing_run WHERE period LIKE '2007-%'").query(String.class).list();
        for (YearMonth month = YearMonth.of(2007, 5); month.getYear() == 2007; month = month.plusMonths(1)) {
            if (!billed.contains(month.toString())) {
                return month;
            }
        }
        throw new AssertionError("every month of 2007 was billed: " + billed);
    }

    private JsonNode summaryOf(lt.pagalba.support.Api.Response run, String clientId) {
        for (JsonNode summary : run.json().path("invoices")) {
            if (summary.path("clientId").asString().equals(clientId)) {
                return summary;
            }
        }
        throw new AssertionError("no invoice of " + clientId + " in " + run.text());
    }

    /** A client in a language, with or without what a VAT invoice needs (codes and a full address). */
    private Customer client(String billing, String language, boolean lacking) {
        String body = lacking
                ? """
                {"name":"%s","address":"Vilnius","email":"b@saskaita.lt","language":"%s","billing":%s}"""
                .formatted(unique("UAB Be kodų "), language, billing)
                : """
                {"name":"%s","companyCode":"%s","address":"Gedimino pr. 1, Vilnius","email":"b@saskaita.lt","language":"%s",
                 "billing":%s}""".formatted(unique("UAB Be PVM kodo "), companyCode(), language, billing);
        String clientId = admin().post("/api/v1/clients", body).field("id");
        var request = lt.pagalba.support.Fixtures.phoneRequest(null, "s@saskaita.lt");
        request.put("clientId", clientId);
        return new Customer(clientId, admin().post("/api/v1/requests", JSON.writeValueAsString(request)).field("id"));
    }
}
