package lt.pagalba.billing;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, items 1 and 2: a credit note takes back at most what is left on each line of the VAT
 * invoice it corrects — refused with a 422 naming the line otherwise, and nothing issued — also when
 * two are made at the same moment; it gives its reason and answers 201.
 */
class CreditNoteTests extends BillingTestSupport {

    @Test
    void overCreditingIsRefusedLineByLineAndNothingIsIssued() {
        JsonNode vat = vatInvoice("2025-01", 90, 45);       // 67,50 and 41,25 (45 min at 55,00)
        String id = vat.path("id").asString();
        String consultation = vat.path("lines").get(0).path("id").asString();
        String additional = vat.path("lines").get(1).path("id").asString();

        var first = credit(id, "{\"lines\":[\"%s\"],\"reason\":\"Klaidingai įrašytas laikas\"}".formatted(consultation));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.field("net")).isEqualTo("-67.50");
        assertThat(first.field("reason")).isEqualTo("Klaidingai įrašytas laikas");
        assertThat(first.json().path("lines").get(0).path("credits").asString()).isEqualTo(consultation);

        var again = credit(id, "{\"lines\":[\"%s\"],\"reason\":\"Dar kartą\"}".formatted(consultation));
        assertThat(again.status()).as("the line is credited in full").isEqualTo(422);
        assertThat(again.errorFields()).containsExactly("lines[0]");
        assertThat(again.json().path("errors").get(0).path("message").asString()).contains("Konsultavimo paslaugos");

        var part = credit(id, "{\"lines\":[{\"line\":\"%s\",\"minutes\":15}],\"reason\":\"Dalis\"}".formatted(additional));
        assertThat(part.status()).as(part.text()).isEqualTo(201);
        assertThat(part.field("net")).isEqualTo("-13.75");
        var tooMuch = credit(id, "{\"lines\":[{\"line\":\"%s\",\"minutes\":31}],\"reason\":\"Per daug\"}".formatted(additional));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.json().path("errors").get(0).path("message").asString()).contains("30 min.", "27,50 €"); // money as Lithuanian writes it (issue 13 item 16)

        var rest = credit(id, "{\"reason\":\"Visa likusi sąskaita\"}");
        assertThat(rest.status()).as("the whole invoice: what is left on it").isEqualTo(201);
        assertThat(rest.field("net")).isEqualTo("-27.50");
        var nothingLeft = credit(id, "{\"reason\":\"Dar kartą visa\"}");
        assertThat(nothingLeft.status()).isEqualTo(422);
        assertThat(nothingLeft.errorFields()).containsExactly("lines");

        assertThat(creditedGross(id)).as("credited never more than billed").isEqualByComparingTo(vat.path("gross").asString());
    }

    @Test
    void aCreditNoteNeedsItsReason() {
        JsonNode vat = vatInvoice("2025-02", 60, 0);

        var without = credit(vat.path("id").asString(), "{\"lines\":[]}");
        assertThat(without.status()).isEqualTo(422);
        assertThat(without.errorFields()).containsExactly("reason");
        assertThat(credit(vat.path("id").asString(), "").errorFields()).containsExactly("reason");
        assertThat(accountant().get("/api/v1/invoices?clientId=" + vat.path("clientId").asString() + "&type=CREDIT_NOTE")
                .json().path("total").asInt()).isZero();
    }

    @Test
    void twoCreditNotesAtTheSameMomentNeverTakeBackMoreThanIsLeft() throws Exception {
        JsonNode vat = vatInvoice("2025-03", 120, 0);
        String id = vat.path("id").asString();
        String body = "{\"lines\":[\"%s\"],\"reason\":\"Vienu metu\"}".formatted(vat.path("lines").get(0).path("id").asString());

        var pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(List.<Callable<Integer>>of(() -> credit(id, body).status(),
                () -> credit(id, body).status()))) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        assertThat(creditedGross(id)).isEqualByComparingTo(vat.path("gross").asString());
    }

    /** A VAT invoice of a month: consultation at 45,00 and additional work at 55,00 an hour, paid today. */
    JsonNode vatInvoice(String month, int consultation, int additional) {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\",\"additionalWorkRate\":\"55.00\"}");
        entry(client, aWorkEntry().of(consultation).minutes().on(month + "-03"));
        if (additional > 0) {
            entry(client, aWorkEntry().of(additional).minutes().on(month + "-04").as(ADDITIONAL_WORK));
        }
        String proforma = invoiceOf(run(month), client.id()).path("id").asString();
        var paid = accountant().post("/api/v1/invoices/" + proforma + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        return accountant().get("/api/v1/invoices/" + paid.field("vatInvoice")).json();
    }

    Api.Response credit(String vatInvoiceId, String body) {
        return accountant().post("/api/v1/invoices/" + vatInvoiceId + "/credit-notes", body);
    }

    /** What the credit notes of a VAT invoice took back, as a positive gross. */
    BigDecimal creditedGross(String vatInvoiceId) {
        return jdbc.sql("SELECT coalesce(-sum(gross), 0) FROM invoice WHERE corrects = :id")
                .param("id", UUID.fromString(vatInvoiceId)).query(BigDecimal.class).single();
    }
}
