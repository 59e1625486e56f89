package lt.pagalba.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, "What to add" 2: the mail of a VAT invoice or credit note carries its e-invoice (the UBL
 * the API serves) beside the PDF when the client asked for it, and only then; a proforma, which is
 * no tax document, never does.
 */
class EInvoiceMailTests extends RealisticMonth {

    private record Attachment(String fileName, String contentType, byte[] content) {
    }

    @BeforeEach
    void theMonth() {
        month();
    }

    @Test
    void aClientWhoAskedGetsTheEInvoiceBesideThePdfAndTheOthersThePdfAlone() throws Exception {
        int withXml = 0;
        for (String id : documents) {
            JsonNode document = accountant().get("/api/v1/invoices/" + id).json();
            boolean asked = admin().get("/api/v1/clients/" + document.path("clientId").asString()).json().path("attachEInvoice").asBoolean();
            List<Attachment> attachments = attachmentsOf(id);

            assertThat(attachments.get(0).contentType()).isEqualTo("application/pdf");
            if (!asked) {
                assertThat(attachments).as("%s without the e-invoice", document.path("number").asString()).hasSize(1);
                continue;
            }
            assertThat(attachments).as("%s with its e-invoice", document.path("number").asString()).hasSize(2);
            Attachment xml = attachments.get(1);
            assertThat(xml.contentType()).isEqualTo("application/xml");
            assertThat(xml.fileName()).isEqualTo(document.path("number").asString() + ".xml");
            Document mailed = EInvoiceTests.parse(xml.content());
            Document served = EInvoiceTests.parse(accountant().get("/api/v1/invoices/" + id + "/ubl").bytes());
            assertThat(mailed.getDocumentElement().getLocalName()).isEqualTo(served.getDocumentElement().getLocalName());
            assertThat(mailed.getDocumentElement().getTextContent()).as("the same e-invoice").isEqualTo(served.getDocumentElement().getTextContent());
            withXml++;
        }
        assertThat(withXml).as("the VAT invoices and the credit note of the client who asked").isEqualTo(3);
    }

    @Test
    void aProformaIsMailedWithItsPdfAloneAndHasNoEInvoice() {
        String proforma = accountant().get("/api/v1/invoices/" + documents.get(1)).json().path("basedOn").asString();
        assertThat(admin().get("/api/v1/clients/" + accountant().get("/api/v1/invoices/" + proforma).field("clientId")).json()
                .path("attachEInvoice").asBoolean()).isTrue();

        assertThat(attachmentsOf(proforma)).extracting(Attachment::contentType).containsExactly("application/pdf");
        assertThat(accountant().get("/api/v1/invoices/" + proforma + "/ubl").status()).as("no e-invoice of a proforma").isEqualTo(409);
    }

    private List<Attachment> attachmentsOf(String invoiceId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM outbox_message WHERE invoice_id = :id")
                .param("id", UUID.fromString(invoiceId)).query(Integer.class).single() > 0);
        return jdbc.sql("""
                SELECT a.file_name, a.content_type, a.content FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id
                WHERE m.invoice_id = :id ORDER BY a.position
                """).param("id", UUID.fromString(invoiceId))
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }
}
