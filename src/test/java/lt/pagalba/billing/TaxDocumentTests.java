package lt.pagalba.billing;

import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 as a Lithuanian accountant tries it: every item PVMĮ art. 80 asks of a VAT invoice and
 * art. 83 of a credit note is on the PDF, read back; the PDF is kept as it was made; a buyer without
 * what a VAT invoice needs is refused, naming what is missing; the VAT rate is the supply date's.
 */
class TaxDocumentTests extends BillingTestSupport {

    @Test
    void aVatInvoicePdfHasEveryItemOfArticle80() throws IOException {
        Api issuer = accountantWithPosition("Rūta", "Buhalterienė", "vyr. buhalterė");
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        entry(client, aWorkEntry().of(100).minutes().on("2025-04-07"));
        JsonNode proforma = invoiceOf(issuer.post("/api/v1/billing-runs", "{\"period\":\"2025-04\"}"), client.id(), issuer);
        JsonNode vat = pay(issuer, proforma);
        JsonNode buyer = admin().get("/api/v1/clients/" + client.id()).json();

        assertThat(vat.path("issuedBy").asString()).isNotBlank().isNotEqualTo("system");
        assertThat(vat.path("issuer").path("name").asString()).isEqualTo("Rūta Buhalterienė");
        assertThat(vat.path("issuer").path("position").asString()).isEqualTo("vyr. buhalterė");
        assertThat(vat.path("supplyDate").asString()).isEqualTo("2025-04-30");
        JsonNode line = vat.path("lines").get(0);
        assertThat(line.path("supplyPeriod").path("from").asString()).isEqualTo("2025-04-01");
        assertThat(line.path("supplyPeriod").path("to").asString()).isEqualTo("2025-04-30");
        assertThat(line.path("minutes").asInt()).isEqualTo(100);
        assertThat(line.path("amount").asString()).as("100 min × 45,00 € / 60 min").isEqualTo("75.00");

        String text = pdfText(vat.path("id").asString());
        assertThat(text).contains(
                "PVM SĄSKAITA FAKTŪRA",                                       // the document's name
                "Serija ir Nr. " + vat.path("number").asString(),           // 1) series and number
                "Išrašymo data: " + Vilnius.today(),                         // 2) issue date
                "Paslaugų suteikimo data: 2025-04-30",                       // 3) supply date, not the issue date
                "Paslaugų suteikimo laikotarpis: 2025 m. balandis",
                "UAB „Stekas“", "Įmonės kodas: 300000003", "PVM mokėtojo kodas: LT100000019",   // 4) the seller
                "Adresas: Gedimino pr. 1, LT-01103 Vilnius", "LT121000011101001000",
                buyer.path("name").asString(), "Įmonės kodas: " + buyer.path("companyCode").asString(),   // 5) the buyer
                "PVM mokėtojo kodas: " + buyer.path("vatCode").asString(), "Adresas: Gedimino pr. 1, Vilnius",
                "Konsultavimo paslaugos, 2025 m. balandis", "1 val. 40 min", "val.",   // 6) what and how much
                "Kaina be PVM", "45,00", "75,00",                            // 7) unit price and taxable value
                "PVM 21 % 15,75 €",                                        // 8) rate, 9) VAT
                "Iš viso su PVM 90,75 €",                                  // 10) the total
                "devyniasdešimt eurų 75 ct",
                "Išrašyta pagal išankstinę sąskaitą " + proforma.path("number").asString(),
                "Sąskaitą išrašė: Rūta Buhalterienė, vyr. buhalterė");       // who issued it
    }

    @Test
    void aCreditNotePdfHasEveryItemOfArticle83() throws IOException {
        Api issuer = accountantWithPosition("Ona", "Onaitė", "buhalterė");
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"40.00\"}");
        entry(client, aWorkEntry().of(90).minutes().on("2025-05-06"));
        JsonNode vat = pay(issuer, invoiceOf(issuer.post("/api/v1/billing-runs", "{\"period\":\"2025-05\"}"), client.id(), issuer));

        var note = issuer.post("/api/v1/invoices/" + vat.path("id").asString() + "/credit-notes",
                "{\"reason\":\"Klientas ginčija suteiktų paslaugų kiekį\"}");
        assertThat(note.status()).as(note.text()).isEqualTo(201);

        String text = pdfText(note.field("id"));
        assertThat(text).contains(
                "KREDITINĖ PVM SĄSKAITA FAKTŪRA", "Serija ir Nr. " + note.field("number"),
                "Išrašymo data: " + Vilnius.today(),
                "Koreguojama PVM sąskaita faktūra " + vat.path("number").asString() + ", išrašyta " + vat.path("issueDate").asString(),
                "Koregavimo priežastis: Klientas ginčija suteiktų paslaugų kiekį",
                "UAB „Stekas“", "PVM mokėtojo kodas: LT100000019", "Adresas: Gedimino pr. 1, Vilnius",
                "Konsultavimo paslaugos, 2025 m. gegužė", "-1 val. 30 min", "40,00", "-60,00",
                "Apmokestinamosios vertės ir PVM sumos pokytis", "Suma be PVM -60,00 €", "PVM 21 % -12,60 €",
                "Iš viso su PVM -72,60 €", "minus septyniasdešimt du eurai 60 ct",
                "Sąskaitą išrašė: Ona Onaitė, buhalterė");
    }

    @Test
    void theDownloadedAndTheMailedPdfAreTheBytesKeptOfTheDocument() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        entry(client, aWorkEntry().of(60).minutes().on("2025-06-02"));
        String id = invoiceOf(run("2025-06"), client.id()).path("id").asString();

        byte[] first = accountant().get("/api/v1/invoices/" + id + "/pdf").bytes();
        byte[] second = accountant().get("/api/v1/invoices/" + id + "/pdf").bytes();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT pdf FROM invoice_pdf WHERE invoice_id = :id").param("id", UUID.fromString(id))
                .query(byte[].class).single()).isEqualTo(first);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT a.content FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id
                WHERE m.invoice_id = :id AND a.content_type = 'application/pdf'
                """).param("id", UUID.fromString(id)).query(byte[].class).single()).isEqualTo(first));
    }

    @Test
    void aBuyerWithoutWhatAVatInvoiceNeedsIsRefusedNamingWhatIsMissing() {
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","billing":{"period":"MONTH","hourlyRate":"45.00"}}""".formatted(unique("UAB Skambutis "))).field("id");
        var request = Fixtures.phoneRequest(null, "s@skambutis.lt");
        request.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(request)).field("id");
        entry(new Customer(clientId, requestId), aWorkEntry().of(60).minutes().on("2025-07-01"));

        var run = run("2025-07");
        assertThat(run.json().path("incompleteClients").toString()).contains(clientId, "street", "city", "companyCode");
        String proforma = invoiceOf(run, clientId).path("id").asString();

        var refused = accountant().post("/api/v1/invoices/" + proforma + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("client.street", "client.city", "client.companyCode");
        assertThat(refused.text()).contains("trūksta adreso", "įmonės kodo");
        assertThat(accountant().get("/api/v1/invoices/" + proforma).field("status")).as("nothing recorded").isEqualTo("ISSUED");

        assertThat(admin().patch("/api/v1/clients/" + clientId, """
                {"address":"Laisvės al. 10, LT-44280 Kaunas","companyCode":"%s"}""".formatted(companyCode())).status())
                .isEqualTo(200);
        var paid = accountant().post("/api/v1/invoices/" + proforma + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        JsonNode vat = accountant().get("/api/v1/invoices/" + paid.field("vatInvoice")).json();
        assertThat(vat.path("buyer").path("address").asString()).isEqualTo("Laisvės al. 10, LT-44280 Kaunas");
        assertThat(vat.path("buyer").path("city").asString()).isEqualTo("Kaunas");
    }

    @Test
    void theVatRateIsTheOneInForceOnTheSupplyDate() {
        // a rate that was 25 % in November 2009 only: the proforma and its VAT invoice, issued today, say 25 %
        jdbc.sql("INSERT INTO vat_rate (valid_from, rate) VALUES ('2009-11-01', 25.00), ('2009-12-01', 21.00) ON CONFLICT DO NOTHING")
                .update();
        Customer client = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"40.00\"}");
        entry(client, aWorkEntry().of(90).minutes().on("2009-11-10"));
        JsonNode november = invoiceOf(run("2009-11"), client.id());
        assertThat(november.path("vatRate").asString()).isEqualTo("25");
        assertThat(november.path("vat").asString()).isEqualTo("15.00");
        JsonNode vat = pay(accountant(), november);
        assertThat(vat.path("vatRate").asString()).isEqualTo("25");
        assertThat(vat.path("gross").asString()).as("never different from the proforma paid").isEqualTo("75.00");

        entry(client, aWorkEntry().of(30).minutes().on("2009-11-20"));     // late, for November
        entry(client, aWorkEntry().of(60).minutes().on("2009-12-07"));
        JsonNode december = invoiceOf(run("2009-12"), client.id());
        assertThat(december.path("lines").get(0).path("vatRate").asString()).isEqualTo("25");
        assertThat(december.path("lines").get(0).path("supplyPeriod").path("to").asString()).isEqualTo("2009-11-30");
        assertThat(december.path("lines").get(1).path("vatRate").asString()).isEqualTo("21");
        assertThat(december.path("vatRate").asString()).as("of its supply date, the latest").isEqualTo("21");
        assertThat(december.path("vatBreakdown").toString()).contains("\"rate\":\"25\"", "\"vat\":\"5.00\"", "\"rate\":\"21\"",
                "\"vat\":\"8.40\"");
        assertThat(december.path("vat").asString()).isEqualTo("13.40");
    }

    private Api accountantWithPosition(String firstName, String lastName, String position) {
        String username = unique("buh");
        var created = admin().post("/api/v1/staff", """
                {"username":"%s","firstName":"%s","lastName":"%s","email":"%s@stekas.lt","roles":["ACCOUNTANT"],
                 "password":"%s","position":"%s"}""".formatted(username, firstName, lastName, username, PASSWORD, position));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("position")).isEqualTo(position);
        return api().basic(username, PASSWORD);
    }

    private static JsonNode invoiceOf(Api.Response run, String clientId, Api as) {
        for (var invoice : run.json().path("invoices")) {
            if (invoice.path("clientId").asString().equals(clientId)) {
                return as.get("/api/v1/invoices/" + invoice.path("id").asString()).json();
            }
        }
        throw new AssertionError("No invoice for " + clientId + " in " + run);
    }

    private static JsonNode pay(Api as, JsonNode proforma) {
        var paid = as.post("/api/v1/invoices/" + proforma.path("id").asString() + "/payment",
                "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        return as.get("/api/v1/invoices/" + paid.field("vatInvoice")).json();
    }

    private String pdfText(String invoiceId) throws IOException {
        var pdf = accountant().get("/api/v1/invoices/" + invoiceId + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }
}
