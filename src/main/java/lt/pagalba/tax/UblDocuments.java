package lt.pagalba.tax;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import lt.pagalba.billing.InvoiceLine;
import lt.pagalba.billing.InvoiceView;
import lt.pagalba.billing.LineUnit;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * A VAT invoice (UBL {@code Invoice}, type 380) or credit note ({@code CreditNote}, type 381, with a
 * billing reference to the invoice it corrects) under Peppol BIS Billing 3.0. A line of minutes is
 * its minutes ({@code MIN}) at the hourly price per 60 of them, so quantity × price / base quantity is
 * its amount (Peppol R120).
 */
final class UblDocuments {

    static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final UnaryOperator<BigDecimal> AS_IS = UnaryOperator.identity();
    private static final UnaryOperator<BigDecimal> CREDITED = BigDecimal::negate;

    private UblDocuments() {
    }

    /** @param paymentNote how it is paid (the proforma it was paid by, or when it is due) */
    static InvoiceType invoice(InvoiceView i, String buyerReference, String paymentNote) {
        InvoiceType invoice = new InvoiceType();
        invoice.setCustomizationID(CUSTOMIZATION);
        invoice.setProfileID(PROFILE);
        invoice.setID(i.number());
        invoice.setIssueDate(i.issueDate());
        invoice.setInvoiceTypeCode("380");
        invoice.setDocumentCurrencyCode(UblTax.EUR);
        invoice.setBuyerReference(buyerReference);
        invoice.addInvoicePeriod(period(i));
        invoice.setAccountingSupplierParty(supplier(i));
        invoice.setAccountingCustomerParty(customer(i));
        invoice.addPaymentMeans(paymentMeans(i));
        invoice.addPaymentTerms(terms(paymentNote));
        invoice.addTaxTotal(UblTax.total(i, AS_IS));
        invoice.setLegalMonetaryTotal(UblTax.monetary(i, AS_IS));
        int n = 1;
        for (InvoiceLine line : i.lines()) {
            InvoiceLineType l = new InvoiceLineType();
            l.setID(String.valueOf(n++));
            l.setInvoicedQuantity(line.quantity()).setUnitCode(line.unit().name());
            l.setLineExtensionAmount(line.amount().amount()).setCurrencyID(UblTax.EUR);
            l.addInvoicePeriod(period(line));
            l.setItem(item(line, i));
            l.setPrice(price(line));
            invoice.addInvoiceLine(l);
        }
        return invoice;
    }

    static CreditNoteType creditNote(InvoiceView c, InvoiceView corrected, String buyerReference, String paymentNote) {
        CreditNoteType note = new CreditNoteType();
        note.setCustomizationID(CUSTOMIZATION);
        note.setProfileID(PROFILE);
        note.setID(c.number());
        note.setIssueDate(c.issueDate());
        note.setCreditNoteTypeCode("381");
        note.addNote(new NoteType(c.reason()));
        note.setDocumentCurrencyCode(UblTax.EUR);
        note.setBuyerReference(buyerReference);
        note.addInvoicePeriod(period(c));
        BillingReferenceType reference = new BillingReferenceType();
        DocumentReferenceType invoice = new DocumentReferenceType();
        invoice.setID(corrected.number());
        invoice.setIssueDate(corrected.issueDate());
        reference.setInvoiceDocumentReference(invoice);
        note.addBillingReference(reference);
        note.setAccountingSupplierParty(supplier(c));
        note.setAccountingCustomerParty(customer(c));
        note.addPaymentMeans(paymentMeans(c));
        note.addPaymentTerms(terms(paymentNote));
        note.addTaxTotal(UblTax.total(c, CREDITED));
        note.setLegalMonetaryTotal(UblTax.monetary(c, CREDITED));
        int n = 1;
        for (InvoiceLine line : c.lines()) {
            CreditNoteLineType l = new CreditNoteLineType();
            l.setID(String.valueOf(n++));
            l.setCreditedQuantity(line.quantity().negate()).setUnitCode(line.unit().name());
            l.setLineExtensionAmount(line.amount().amount().negate()).setCurrencyID(UblTax.EUR);
            l.addInvoicePeriod(period(line));
            l.setItem(item(line, c));
            l.setPrice(price(line));
            note.addCreditNoteLine(l);
        }
        return note;
    }

    private static SupplierPartyType supplier(InvoiceView i) {
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(PeppolParties.of(i.seller()));
        return supplier;
    }

    private static CustomerPartyType customer(InvoiceView i) {
        CustomerPartyType customer = new CustomerPartyType();
        customer.setParty(PeppolParties.of(i.buyer()));
        return customer;
    }

    /** The days the document's supplies took: from its earliest line's period to its latest's. */
    private static PeriodType period(InvoiceView i) {
        PeriodType period = new PeriodType();
        period.setStartDate(i.lines().stream().map(l -> l.supplyPeriod().from()).min(Comparable::compareTo).orElseThrow());
        period.setEndDate(i.supplyDate());
        return period;
    }

    private static PeriodType period(InvoiceLine line) {
        PeriodType period = new PeriodType();
        period.setStartDate(line.supplyPeriod().from());
        period.setEndDate(line.supplyPeriod().to());
        return period;
    }

    private static ItemType item(InvoiceLine line, InvoiceView i) {
        ItemType item = new ItemType();
        item.setName(line.description());
        item.addClassifiedTaxCategory(UblTax.category(i.vatCategory(), line.vatPercent()));
        return item;
    }

    private static PriceType price(InvoiceLine line) {
        PriceType price = new PriceType();
        price.setPriceAmount(line.unitPrice().amount()).setCurrencyID(UblTax.EUR);
        price.setBaseQuantity(line.unit() == LineUnit.MIN ? MINUTES_PER_HOUR : BigDecimal.ONE).setUnitCode(line.unit().name());
        return price;
    }

    /** Credit transfer (SEPA) to the seller's IBAN, the document's number as the payment's reference. */
    private static PaymentMeansType paymentMeans(InvoiceView i) {
        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode("58");
        means.addPaymentID(new PaymentIDType(i.number()));
        FinancialAccountType account = new FinancialAccountType();
        account.setID(i.seller().iban());
        if (i.seller().bank() != null) {
            account.setName(i.seller().bank());
        }
        means.setPayeeFinancialAccount(account);
        return means;
    }

    private static PaymentTermsType terms(String note) {
        PaymentTermsType terms = new PaymentTermsType();
        terms.addNote(new NoteType(note));
        return terms;
    }
}
