package lt.pagalba.tax;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.diagnostics.error.IError;
import com.helger.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, "What to add" 2: every VAT invoice and credit note of a realistic month — credit notes of
 * every kind and a client in Latvia included — as UBL 2.1 validates with zero errors against the
 * official Peppol BIS Billing 3.0 and EN 16931 rules; and on every line of every document, the PDF and
 * the e-invoice alike, quantity × price is the amount.
 */
class EInvoiceTests extends RealisticMonth {

    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    /**
     * The figures of a row of an invoice's table as the PDF's text reads them (the description above may
     * take lines of its own): quantity, unit, price, amount.
     */
    private static final Pattern PDF_ROW = Pattern.compile("(?m)(?:^|\\s)(-?\\d+ (?:val\\.|h)(?: \\d+ min)?|-?\\d+ min|-?\\d+[,.]\\d{2}) "
            + "(val\\.|vnt\\.|h|pc\\.) (\\d[\\d ]*[,.]\\d{2}) (-?\\d[\\d ]*[,.]\\d{2})$");

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> RULES = new ValidationExecutorSetRegistry<>();

    @BeforeAll
    static void loadTheRules() {
        PeppolValidation.initStandard(RULES);
    }

    @BeforeEach
    void theMonth() {
        month();
    }

    @Test
    void everyDocumentOfTheMonthValidatesWithZeroErrorsAgainstPeppolAndEn16931() throws Exception {
        List<String> kinds = new ArrayList<>();
        for (String id : documents) {
            var ubl = accountant().get("/api/v1/invoices/" + id + "/ubl");
            assertThat(ubl.status()).as(ubl.text()).isEqualTo(200);
            assertThat(ubl.contentType()).startsWith("application/xml");
            Document xml = parse(ubl.bytes());
            String root = xml.getDocumentElement().getLocalName();
            kinds.add(root);
            var rules = RULES.getOfID(root.equals("Invoice") ? PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3
                    : PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
            ValidationResultList result = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), rules,
                    ValidationSourceXML.create(new ReadableResourceByteArray(ubl.bytes())));
            List<String> errors = new ArrayList<>();
            result.forEachFlattened(IError::isError, e -> errors.add(e.getErrorID() + " " + e.getErrorText(null)));
            assertThat(errors).as("%s %s:%n%s", root, id, ubl.text()).isEmpty();
            assertThat(text(xml, CBC, "CustomizationID"))
                    .isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
            assertThat(((Element) xml.getElementsByTagNameNS(CBC, "EndpointID").item(0)).getAttribute("schemeID")).isEqualTo("0200");
        }
        assertThat(kinds).contains("Invoice", "CreditNote");
    }

    @Test
    void theRulesDoFindAnErrorWhenThereIsOne() {
        String ubl = accountant().get("/api/v1/invoices/" + documents.get(0) + "/ubl").text();
        String wrong = ubl.replaceFirst("<cbc:PayableAmount currencyID=\"EUR\">[^<]+<", "<cbc:PayableAmount currencyID=\"EUR\">1.00<");

        ValidationResultList result = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
                RULES.getOfID(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3),
                ValidationSourceXML.create(new ReadableResourceByteArray(wrong.getBytes(StandardCharsets.UTF_8))));

        assertThat(wrong).isNotEqualTo(ubl);
        assertThat(result.containsAtLeastOneError()).as("a payable amount that is not the total").isTrue();
    }

    @Test
    void creditNotesAreType381AndCiteTheInvoiceTheyCorrect() throws Exception {
        for (String id : documents) {
            JsonNode document = accountant().get("/api/v1/invoices/" + id).json();
            if (!document.path("type").asString().equals("CREDIT_NOTE")) {
                continue;
            }
            JsonNode corrected = accountant().get("/api/v1/invoices/" + document.path("corrects").asString()).json();
            Document xml = parse(accountant().get("/api/v1/invoices/" + id + "/ubl").bytes());
            assertThat(text(xml, CBC, "CreditNoteTypeCode")).isEqualTo("381");
            Element reference = (Element) xml.getElementsByTagNameNS(CAC, "InvoiceDocumentReference").item(0);
            assertThat(text(reference, CBC, "ID")).isEqualTo(corrected.path("number").asString());
            assertThat(text(reference, CBC, "IssueDate")).isEqualTo(corrected.path("issueDate").asString());
            assertThat(text(xml, CBC, "PayableAmount")).as("a credit note states what it credits")
                    .isEqualTo(new BigDecimal(document.path("gross").asString()).negate().toPlainString());
        }
    }

    @Test
    void theBuyersReferenceIsTheContractElseTheRequestAndTheSellerIsPaidToItsIban() throws Exception {
        JsonNode contracted = accountant().get("/api/v1/invoices/" + documents.get(0)).json();
        Document withContract = parse(accountant().get("/api/v1/invoices/" + documents.get(0) + "/ubl").bytes());
        Document withoutContract = parse(accountant().get("/api/v1/invoices/" + documents.get(1) + "/ubl").bytes());
        String request = accountant().get("/api/v1/invoices/" + documents.get(1) + "/entries").json().iterator().next().get(0)
                .path("requestNumber").asString();

        assertThat(contracted.path("contractNumber").asString()).isNotBlank();
        assertThat(text(withContract, CBC, "BuyerReference")).isEqualTo(contracted.path("contractNumber").asString());
        assertThat(text(withoutContract, CBC, "BuyerReference")).isEqualTo(request);
        Element account = (Element) withContract.getElementsByTagNameNS(CAC, "PayeeFinancialAccount").item(0);
        assertThat(text(account, CBC, "ID")).isEqualTo("LT121000011101001000");
        Element period = (Element) withContract.getElementsByTagNameNS(CAC, "InvoicePeriod").item(0);
        assertThat(text(period, CBC, "EndDate")).isEqualTo(contracted.path("supplyDate").asString());
        Element seller = (Element) withContract.getElementsByTagNameNS(CAC, "AccountingSupplierParty").item(0);
        assertThat(text(seller, CBC, "EndpointID")).isEqualTo("300000003");
    }

    @Test
    void theLatvianClientIsInvoicedUnderTheReverseChargeWithItsVatNumber() throws Exception {
        Document xml = parse(accountant().get("/api/v1/invoices/" + documents.get(2) + "/ubl").bytes());
        Element customer = (Element) xml.getElementsByTagNameNS(CAC, "AccountingCustomerParty").item(0);

        assertThat(text(customer, CBC, "EndpointID")).isEqualTo("LV40003245752");
        assertThat(text(customer, CBC, "IdentificationCode")).isEqualTo("LV");
        Element category = (Element) xml.getElementsByTagNameNS(CAC, "TaxSubtotal").item(0);
        assertThat(text(category, CBC, "ID")).isEqualTo("AE");
        assertThat(text(category, CBC, "TaxAmount")).isEqualTo("0.00");
        assertThat(accountant().get("/api/v1/invoices/" + documents.get(2)).json().path("vatCategory").asString()).isEqualTo("AE");
    }

    @Test
    void quantityTimesPriceIsTheAmountOnEveryLineOfThePdfAndTheEInvoice() throws Exception {
        int lines = 0;
        for (String id : documents) {
            JsonNode document = accountant().get("/api/v1/invoices/" + id).json();
            Document xml = parse(accountant().get("/api/v1/invoices/" + id + "/ubl").bytes());
            String lineTag = document.path("type").asString().equals("CREDIT_NOTE") ? "CreditNoteLine" : "InvoiceLine";
            NodeList ublLines = xml.getElementsByTagNameNS(CAC, lineTag);
            assertThat(ublLines.getLength()).isEqualTo(document.path("lines").size());
            for (int i = 0; i < ublLines.getLength(); i++) {
                Element line = (Element) ublLines.item(i);
                BigDecimal quantity = new BigDecimal(text(line, CBC, lineTag.equals("InvoiceLine") ? "InvoicedQuantity" : "CreditedQuantity"));
                BigDecimal price = new BigDecimal(text(line, CBC, "PriceAmount"));
                BigDecimal base = new BigDecimal(text(line, CBC, "BaseQuantity"));
                BigDecimal amount = new BigDecimal(text(line, CBC, "LineExtensionAmount"));
                assertThat(quantity.multiply(price).divide(base, 2, RoundingMode.HALF_UP)).as("UBL line %s of %s", i + 1, id)
                        .isEqualByComparingTo(amount);
                lines++;
            }
            Matcher rows = PDF_ROW.matcher(pdfText(id));
            int rowsRead = 0;
            while (rows.find()) {
                BigDecimal amount = number(rows.group(4));
                BigDecimal product = rows.group(2).startsWith("val") || rows.group(2).equals("h")
                        ? BigDecimal.valueOf(minutes(rows.group(1))).multiply(number(rows.group(3))).divide(BigDecimal.valueOf(60), 2,
                        RoundingMode.HALF_UP)
                        : number(rows.group(1)).multiply(number(rows.group(3))).setScale(2, RoundingMode.HALF_UP);
                assertThat(product).as("PDF of %s: %s", id, rows.group()).isEqualByComparingTo(amount);
                rowsRead++;
            }
            assertThat(rowsRead).as("every line of %s read from its PDF", id).isEqualTo(document.path("lines").size());
        }
        assertThat(lines).isGreaterThan(10);
    }

    /** {@code 1 val. 40 min}, {@code 45 min}, {@code -2 val.} (or {@code h}) as minutes. */
    private static int minutes(String quantity) {
        Matcher m = Pattern.compile("(-?)(?:(\\d+) (?:val\\.|h))?\\s*(?:(\\d+) min)?").matcher(quantity.trim());
        assertThat(m.matches()).as(quantity).isTrue();
        int total = (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) * 60) + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        return m.group(1).isEmpty() ? total : -total;
    }

    private static BigDecimal number(String printed) {
        String plain = printed.replace(" ", "").replace("\u00A0", "");
        return new BigDecimal(plain.contains(",") ? plain.replace(".", "").replace(',', '.') : plain.replace(",", ""));
    }

    private String pdfText(String id) throws IOException {
        try (var pdf = Loader.loadPDF(accountant().get("/api/v1/invoices/" + id + "/pdf").bytes())) {
            return new PDFTextStripper().getText(pdf).replace('\u00A0', ' ');
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document xml, String namespace, String name) {
        return xml.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    private static String text(Element element, String namespace, String name) {
        return element.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }
}
