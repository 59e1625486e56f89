package lt.pagalba.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, "What to add" 3: the month's i.SAF 1.2 file validates against VMI's schema (shipped under
 * {@code src/test/resources/isaf}), and says what the accountant files: every VAT invoice (SF) and
 * credit note (KS, citing the invoice it corrects), the buyers in MasterFiles, the supply date when it
 * is not the issue date, tax code PVM1 for 21 % and PVM15 for the reverse charge.
 */
class IsafTests extends RealisticMonth {

    private static final String NS = "http://www.vmi.lt/cms/imas/isaf";

    @BeforeEach
    void theMonth() {
        month();
    }

    @Test
    void theMonthsFileValidatesAgainstTheIsaf12Schema() throws Exception {
        var isaf = accountant().get("/api/v1/tax/isaf?period=" + ISSUED);

        assertThat(isaf.status()).as(isaf.text()).isEqualTo(200);
        assertThat(isaf.contentType()).startsWith("application/xml");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/isaf/isaf_1_2.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(isaf.bytes())));
    }

    @Test
    void everyDocumentIsInTheFileAsAnAccountantFilesIt() throws Exception {
        Document xml = EInvoiceTests.parse(accountant().get("/api/v1/tax/isaf?period=" + ISSUED).bytes());
        assertThat(text(xml.getDocumentElement(), "FileVersion")).isEqualTo("iSAF1.2");
        assertThat(text(xml.getDocumentElement(), "DataType")).isEqualTo("S");
        assertThat(text(xml.getDocumentElement(), "RegistrationNumber")).isEqualTo("300000003");
        assertThat(text(xml.getDocumentElement(), "SelectionStartDate")).isEqualTo(ISSUED.atDay(1).toString());
        NodeList invoices = xml.getElementsByTagNameNS(NS, "Invoice");
        assertThat(invoices.getLength()).isEqualTo(documents.size());
        assertThat(xml.getElementsByTagNameNS(NS, "Customer").getLength()).as("each buyer once").isEqualTo(3);

        for (String id : documents) {
            JsonNode document = accountant().get("/api/v1/invoices/" + id).json();
            Element invoice = invoice(invoices, document.path("number").asString());
            boolean credit = document.path("type").asString().equals("CREDIT_NOTE");
            assertThat(text(invoice, "InvoiceType")).isEqualTo(credit ? "KS" : "SF");
            assertThat(text(invoice, "InvoiceDate")).isEqualTo(document.path("issueDate").asString());
            assertThat(text(invoice, "VATPointDate")).as("the supply date, not the issue date")
                    .isEqualTo(document.path("supplyDate").asString());
            JsonNode buyerVat = document.path("buyer").path("vatCode");
            assertThat(text(invoice, "VATRegistrationNumber")).as("ND: not a VAT payer")
                    .isEqualTo(buyerVat.isNull() ? "ND" : buyerVat.asString());
            Element total = (Element) invoice.getElementsByTagNameNS(NS, "DocumentTotal").item(0);
            assertThat(new BigDecimal(text(total, "TaxableValue"))).isEqualByComparingTo(document.path("net").asString());
            assertThat(new BigDecimal(text(total, "Amount"))).isEqualByComparingTo(document.path("vat").asString());
            boolean reverseCharge = document.path("vatCategory").asString().equals("AE");
            assertThat(text(total, "TaxCode")).isEqualTo(reverseCharge ? "PVM15" : "PVM1");
            if (credit) {
                JsonNode corrected = accountant().get("/api/v1/invoices/" + document.path("corrects").asString()).json();
                assertThat(text(invoice, "ReferenceNo")).isEqualTo(corrected.path("number").asString());
                assertThat(text(invoice, "ReferenceDate")).isEqualTo(corrected.path("issueDate").asString());
            }
        }
    }

    @Test
    void onlyTheAccountantDownloadsItAndAMonthIsWrittenAsOne() {
        assertThat(admin().get("/api/v1/tax/isaf?period=" + ISSUED).status()).isEqualTo(403);
        assertThat(accountant().get("/api/v1/tax/isaf?period=2026-13").errorFields()).containsExactly("period");
        assertThat(accountant().get("/api/v1/tax/isaf?period=2026-Q4").status()).isEqualTo(422);
        assertThat(accountant().get("/api/v1/tax/isaf").errorFields()).containsExactly("period");
        assertThat(api().get("/api/v1/tax/isaf?period=" + ISSUED).status()).isEqualTo(401);
    }

    private static Element invoice(NodeList invoices, String number) {
        for (int i = 0; i < invoices.getLength(); i++) {
            Element invoice = (Element) invoices.item(i);
            if (text(invoice, "InvoiceNo").equals(number)) {
                return invoice;
            }
        }
        throw new AssertionError("No invoice " + number);
    }

    private static String text(Element element, String name) {
        return element.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }
}
