package lt.pagalba.tax;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import lt.pagalba.billing.InvoiceType;
import lt.pagalba.billing.InvoiceView;
import lt.pagalba.billing.Party;
import lt.pagalba.billing.TaxDocument;
import lt.pagalba.billing.VatCategory;
import lt.pagalba.shared.Vilnius;

/**
 * A month's issued VAT invoices and credit notes as the i.SAF 1.2 file (sales, DataType {@code S})
 * the accountant uploads to VMI by the 20th: the buyers in MasterFiles, each document with its buyer,
 * type (SF, KS with the reference of the invoice it corrects), the supply date when it is not the
 * issue date, and its totals per VAT classifier code ({@code PVM1} the standard rate, {@code PVM15}
 * services supplied where a buyer of another member state is established). Written as a stream:
 * thousands of documents take no more memory than one.
 */
final class IsafFile {

    static final String NAMESPACE = "http://www.vmi.lt/cms/imas/isaf";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    /**
     * xs:dateTime needs the seconds; {@code OffsetDateTime.toString()} leaves them out on a whole
     * minute, which VMI's schema refuses.
     */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final XMLStreamWriter xml;

    private IsafFile(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** @param seller the company code the file is of, as its registration number */
    static void write(YearMonth month, String seller, String softwareVersion, List<TaxDocument> documents, OutputStream out) {
        write(month, seller, softwareVersion, documents, OffsetDateTime.now(Vilnius.ZONE), out);
    }

    /** @param created when the file is made, its FileDateCreated */
    static void write(YearMonth month, String seller, String softwareVersion, List<TaxDocument> documents,
            OffsetDateTime created, OutputStream out) {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            new IsafFile(xml).file(month, seller, softwareVersion, documents, created);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The i.SAF file could not be written", e);
        }
    }

    private void file(YearMonth month, String seller, String softwareVersion, List<TaxDocument> documents,
            OffsetDateTime created) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iSAFFile");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        header(month, seller, softwareVersion, created);
        masterFiles(documents);
        xml.writeStartElement("SourceDocuments");
        if (!documents.isEmpty()) {
            xml.writeStartElement("SalesInvoices");
            for (TaxDocument document : documents) {
                invoice(document);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void header(YearMonth month, String seller, String softwareVersion, OffsetDateTime created)
            throws XMLStreamException {
        xml.writeStartElement("Header");
        xml.writeStartElement("FileDescription");
        element("FileVersion", "iSAF1.2");
        element("FileDateCreated", created.truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME));
        element("DataType", "S");
        element("SoftwareCompanyName", "Pagalba");
        element("SoftwareName", "Pagalba");
        element("SoftwareVersion", softwareVersion);
        element("RegistrationNumber", seller);
        element("NumberOfParts", "1");
        element("PartNumber", "1");
        xml.writeStartElement("SelectionCriteria");
        element("SelectionStartDate", month.atDay(1).toString());
        element("SelectionEndDate", month.atEndOfMonth().toString());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Every buyer once, by its client id, as the documents name it (the latest document's name wins). */
    private void masterFiles(List<TaxDocument> documents) throws XMLStreamException {
        if (documents.isEmpty()) {
            return;
        }
        Map<String, Party> buyers = new LinkedHashMap<>();
        documents.forEach(d -> buyers.put(d.clientId().text(), d.buyer()));
        xml.writeStartElement("MasterFiles");
        xml.writeStartElement("Customers");
        for (Map.Entry<String, Party> buyer : buyers.entrySet()) {
            xml.writeStartElement("Customer");
            element("CustomerID", buyer.getKey());
            party(buyer.getValue());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void invoice(TaxDocument d) throws XMLStreamException {
        xml.writeStartElement("Invoice");
        element("InvoiceNo", d.number());
        xml.writeStartElement("CustomerInfo");
        party(d.buyer());
        xml.writeEndElement();
        element("InvoiceDate", d.issueDate().toString());
        element("InvoiceType", d.type() == InvoiceType.CREDIT_NOTE ? "KS" : "SF");
        element("SpecialTaxation", "");
        xml.writeStartElement("References");
        if (d.correctsNumber() != null) {
            xml.writeStartElement("Reference");
            element("ReferenceNo", d.correctsNumber());
            element("ReferenceDate", d.correctsIssueDate().toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        dateOrNil("VATPointDate", supplyDate(d));
        xml.writeStartElement("DocumentTotals");
        for (InvoiceView.VatSubtotal total : d.vatBreakdown()) {
            documentTotal(d, total);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void documentTotal(TaxDocument d, InvoiceView.VatSubtotal total) throws XMLStreamException {
        xml.writeStartElement("DocumentTotal");
        element("TaxableValue", total.net().text());
        boolean reverseCharge = d.vatCategory() == VatCategory.AE;
        element("TaxCode", reverseCharge ? "PVM15" : taxCode(new BigDecimal(total.rate())));
        if (reverseCharge) {
            nil("TaxPercentage");
        } else {
            element("TaxPercentage", new BigDecimal(total.rate()).setScale(2).toPlainString());
        }
        element("Amount", total.vat().text());
        dateOrNil("VATPointDate2", supplyDate(d));
        xml.writeEndElement();
    }

    /** The buyer as i.SAF names it: its VAT code or {@code ND}, its registration number, country and name. */
    private void party(Party buyer) throws XMLStreamException {
        element("VATRegistrationNumber", buyer.vatCode() == null ? "ND" : buyer.vatCode());
        element("RegistrationNumber", buyer.companyCode() != null ? buyer.companyCode() : buyer.vatCode() == null ? "ND" : "");
        element("Country", PeppolParties.country(buyer));
        element("Name", buyer.name());
    }

    /** The PVM classifier's code of a rate: 21 % (the standard rate) PVM1, 9 % PVM2, 5 % PVM3. */
    private static String taxCode(BigDecimal rate) {
        return switch (rate.stripTrailingZeros().toPlainString()) {
            case "9" -> "PVM2";
            case "5" -> "PVM3";
            default -> "PVM1";
        };
    }

    /** The supply date when it is not the issue date (else none). */
    private static LocalDate supplyDate(TaxDocument d) {
        return d.supplyDate().equals(d.issueDate()) ? null : d.supplyDate();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void dateOrNil(String name, LocalDate date) throws XMLStreamException {
        if (date == null) {
            nil(name);
        } else {
            element(name, date.toString());
        }
    }

    private void nil(String name) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("xsi", XSI, "nil", "true");
        xml.writeEndElement();
    }
}
