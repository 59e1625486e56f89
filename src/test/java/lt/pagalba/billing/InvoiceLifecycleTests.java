package lt.pagalba.billing;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import lt.pagalba.mail.Outbox;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.Vilnius;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R17: a paid proforma gets its VAT invoice; a credit note corrects a VAT invoice; cancelling frees the time. */
class InvoiceLifecycleTests extends BillingTestSupport {

    @Autowired
    Outbox outbox;

    @Test
    void payingAProformaIssuesItsVatInvoiceInItsOwnSeries() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        entry(client, aWorkEntry().of(120).minutes().on("2023-02-01"));
        var proforma = invoiceOf(run("2023-02"), client.id());
        String id = proforma.path("id").asString();

        var paid = accountant().post("/api/v1/invoices/" + id + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));

        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat(paid.field("status")).isEqualTo("PAID");
        var vat = accountant().get("/api/v1/invoices?clientId=" + client.id() + "&type=VAT_INVOICE").json().path("items").get(0);
        assertThat(vat.path("number").asString()).matches("SF-\\d{4}-\\d{6}");
        assertThat(vat.path("basedOn").asString()).isEqualTo(id);
        assertThat(vat.path("gross").asString()).isEqualTo(proforma.path("gross").asString()).isEqualTo("108.90");
        assertThat(vat.path("lines").get(0).path("amount").asString()).isEqualTo("90.00");

        assertThat(accountant().post("/api/v1/invoices/" + id + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()))
                .status()).as("paid once").isEqualTo(409);
        assertThat(accountant().post("/api/v1/invoices/" + id + "/cancel", "").status()).isEqualTo(409);
        assertThat(accountant().post("/api/v1/invoices/" + id + "/payment", "{}").errorFields()).containsExactly("paidOn");

        var credit = accountant().post("/api/v1/invoices/" + vat.path("id").asString() + "/credit-notes",
                "{\"reason\":\"Klaidingai įrašytas laikas\"}");
        assertThat(credit.status()).as(credit.text()).isEqualTo(201);
        assertThat(credit.field("number")).matches("KS-\\d{4}-\\d{6}");
        assertThat(credit.field("corrects")).isEqualTo(vat.path("id").asString());
        assertThat(credit.field("net")).isEqualTo("-90.00");
        assertThat(credit.field("gross")).isEqualTo("-108.90");
        assertThat(credit.field("totalInWords")).startsWith("minus ");
    }

    @Test
    void theProformaComesAsAPdfThatReadsBack() throws Exception {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"40.00\"}");
        contract(client, aContract().from("2023-01-01").monthly()
                .including(600, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        entry(client, aWorkEntry().of(690).minutes().on("2023-08-03"));
        var proforma = invoiceOf(run("2023-08"), client.id());

        var pdf = accountant().get("/api/v1/invoices/" + proforma.path("id").asString() + "/pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("IŠANKSTINĖ SĄSKAITA FAKTŪRA", proforma.path("number").asString(),
                    proforma.path("buyer").path("name").asString(),
                    "Konsultavimo paslaugos, viršijus sutartyje numatytą laiką, 2023 m. rugpjūtis",
                    "2023 m. rugpjūtis", "60,00", "72,60", "septyniasdešimt du eurai 60 ct");
        }
        // and it waits in the outbox for the client's billing address, with the PDF attached, once
        InvoiceId invoiceId = InvoiceId.parse(proforma.path("id").asString());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(outbox.forInvoice(invoiceId)).singleElement().satisfies(mail -> {
                    assertThat(mail.recipient()).isEqualTo("buhalterija@saskaita.lt");
                    assertThat(mail.subject()).isEqualTo("[" + proforma.path("number").asString() + "] Išankstinė sąskaita faktūra");
                    assertThat(outbox.attachmentNames(mail.id())).containsExactly(proforma.path("number").asString() + ".pdf");
                }));
        assertThat(admin().get("/api/v1/invoices/" + proforma.path("id").asString() + "/pdf").status())
                .as("administrators may read invoices").isEqualTo(200);
        assertThat(staffMember(unique("k"), "CONSULTANT").get("/api/v1/invoices/" + proforma.path("id").asString() + "/pdf")
                .status()).isEqualTo(403);
    }

    @Test
    void everyLineIsTracedToTheEntriesBehindIt() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        String first = entry(client, aWorkEntry().of(30).minutes().on("2023-05-02"));
        String second = entry(client, aWorkEntry().of(30).minutes().on("2023-05-03"));
        var proforma = invoiceOf(run("2023-05"), client.id());
        String lineId = proforma.path("lines").get(0).path("id").asString();

        var entries = accountant().get("/api/v1/invoices/" + proforma.path("id").asString() + "/entries").json();

        assertThat(entries.path(lineId).size()).isEqualTo(2);
        assertThat(entries.path(lineId).toString()).contains(first, second);
        assertThat(admin().get("/api/v1/work-entries/" + first).json().path("locked").asBoolean()).isTrue();
    }

    @Test
    void cancellingAProformaFreesItsTimeForTheNextRun() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"60.00\"}");
        entry(client, aWorkEntry().of(60).minutes().on("2024-03-04"));
        var march = invoiceOf(run("2024-03"), client.id());

        var cancelled = accountant().post("/api/v1/invoices/" + march.path("id").asString() + "/cancel", "");
        assertThat(cancelled.field("status")).isEqualTo("CANCELLED");

        var april = invoiceOf(run("2024-04"), client.id());
        assertThat(april.path("lines").get(0).path("period").asString()).isEqualTo("2024-03");
        assertThat(april.path("net").asString()).isEqualTo("60.00");
    }
}
