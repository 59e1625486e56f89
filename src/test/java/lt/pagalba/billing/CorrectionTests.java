package lt.pagalba.billing;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.shared.Vilnius;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, item 7: a correction of time already on a VAT invoice becomes a credit note citing that
 * invoice (its series, number and date), not a credit line on next month's documents; late time for
 * an invoiced period goes on a later invoice, its line naming its own supply period.
 */
class CorrectionTests extends BillingTestSupport {

    @Test
    void aCorrectionOfAnInvoicedMonthIsACreditNoteCitingItsVatInvoice() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"40.00\"}");
        String wrong = entry(client, aWorkEntry().of(180).minutes().on("2025-08-11"));
        JsonNode august = invoiceOf(run("2025-08"), client.id());
        JsonNode vat = paid(august);
        assertThat(vat.path("net").asString()).isEqualTo("120.00");

        String correction = entry(client, aWorkEntry().of(-90).minutes().on("2025-09-02").correcting(wrong));  // it was 90, not 180
        entry(client, aWorkEntry().of(60).minutes().on("2025-09-10"));
        var september = run("2025-09");

        JsonNode proforma = invoiceOf(september, client.id());
        assertThat(proforma.path("lines").size()).as("no credit line on the proforma").isEqualTo(1);
        assertThat(proforma.path("lines").get(0).path("period").asString()).isEqualTo("2025-09");
        assertThat(proforma.path("net").asString()).isEqualTo("40.00");

        var notes = accountant().get("/api/v1/invoices?clientId=" + client.id() + "&type=CREDIT_NOTE").json().path("items");
        assertThat(notes.size()).isEqualTo(1);
        JsonNode note = notes.get(0);
        assertThat(note.path("corrects").asString()).isEqualTo(vat.path("id").asString());
        assertThat(note.path("reason").asString()).isEqualTo("Pataisyti darbo laiko įrašai: 2025 m. rugpjūtis");
        assertThat(note.path("net").asString()).isEqualTo("-60.00");
        assertThat(note.path("vat").asString()).isEqualTo("-12.60");
        JsonNode line = note.path("lines").get(0);
        assertThat(line.path("minutes").asInt()).isEqualTo(-90);
        assertThat(line.path("credits").asString()).isEqualTo(vat.path("lines").get(0).path("id").asString());
        assertThat(line.path("supplyPeriod").path("from").asString()).isEqualTo("2025-08-01");
        assertThat(accountant().get("/api/v1/invoices/" + note.path("id").asString() + "/entries").text())
                .as("the credit traces to the correction").contains(correction);
        assertThat(admin().get("/api/v1/work-entries/" + correction).json().path("locked").asBoolean()).isTrue();

        var october = run("2025-10");
        assertThat(invoiceOf(october, client.id())).as("nothing credited twice").isNull();
        assertThat(accountant().get("/api/v1/invoices?clientId=" + client.id() + "&type=CREDIT_NOTE").json().path("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void lateTimeForAnInvoicedMonthGoesOnALaterInvoiceNamingItsOwnSupplyPeriod() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        entry(client, aWorkEntry().of(60).minutes().on("2024-11-04"));
        paid(invoiceOf(run("2024-11"), client.id()));

        entry(client, aWorkEntry().of(30).minutes().on("2024-11-27"));          // entered after November was invoiced
        entry(client, aWorkEntry().of(60).minutes().on("2024-12-03"));
        JsonNode december = paid(invoiceOf(run("2024-12"), client.id()));

        assertThat(december.path("lines").get(0).path("supplyPeriod").path("to").asString()).isEqualTo("2024-11-30");
        assertThat(december.path("lines").get(0).path("description").asString()).endsWith("2024 m. lapkritis (vėliau įrašytas laikas)");
        assertThat(december.path("lines").get(1).path("supplyPeriod").path("to").asString()).isEqualTo("2024-12-31");
        assertThat(december.path("supplyDate").asString()).isEqualTo("2024-12-31");
    }

    private JsonNode paid(JsonNode proforma) {
        var paid = accountant().post("/api/v1/invoices/" + proforma.path("id").asString() + "/payment",
                "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        return accountant().get("/api/v1/invoices/" + paid.field("vatInvoice")).json();
    }
}
