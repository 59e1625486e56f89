package lt.pagalba.tax;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import lt.pagalba.billing.InvoiceView;
import lt.pagalba.billing.VatCategory;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;

/**
 * The VAT of an e-invoice (EN 16931): a subtotal per rate with its category — S at the standard
 * rate, or AE (reverse charge, 0 %, with the exemption reason the rules ask for) — and the document
 * totals. Amounts pass through {@code sign}: a credit note's are written positive, as UBL's credit
 * notes state what is credited.
 */
final class UblTax {

    static final String EUR = "EUR";

    private UblTax() {
    }

    static TaxCategoryType category(VatCategory category, BigDecimal rate) {
        TaxCategoryType tax = new TaxCategoryType();
        tax.setID(category.name());
        tax.setPercent(category == VatCategory.AE ? BigDecimal.ZERO : rate.stripTrailingZeros());
        if (category == VatCategory.AE) {
            tax.setTaxExemptionReasonCode("VATEX-EU-AE");
            tax.addTaxExemptionReason(new TaxExemptionReasonType("Reverse charge / Atvirkštinis apmokestinimas"));
        }
        tax.setTaxScheme(PeppolParties.vat());
        return tax;
    }

    static TaxTotalType total(InvoiceView invoice, UnaryOperator<BigDecimal> sign) {
        TaxTotalType total = new TaxTotalType();
        total.setTaxAmount(sign.apply(invoice.vat().amount())).setCurrencyID(EUR);
        List<InvoiceView.VatSubtotal> subtotals = invoice.vatBreakdown();
        for (InvoiceView.VatSubtotal each : subtotals) {
            TaxSubtotalType subtotal = new TaxSubtotalType();
            subtotal.setTaxableAmount(sign.apply(each.net().amount())).setCurrencyID(EUR);
            subtotal.setTaxAmount(sign.apply(each.vat().amount())).setCurrencyID(EUR);
            subtotal.setTaxCategory(category(invoice.vatCategory(), new BigDecimal(each.rate())));
            total.addTaxSubtotal(subtotal);
        }
        return total;
    }

    static MonetaryTotalType monetary(InvoiceView invoice, UnaryOperator<BigDecimal> sign) {
        MonetaryTotalType total = new MonetaryTotalType();
        total.setLineExtensionAmount(sign.apply(invoice.net().amount())).setCurrencyID(EUR);
        total.setTaxExclusiveAmount(sign.apply(invoice.net().amount())).setCurrencyID(EUR);
        total.setTaxInclusiveAmount(sign.apply(invoice.gross().amount())).setCurrencyID(EUR);
        total.setPayableAmount(sign.apply(invoice.gross().amount())).setCurrencyID(EUR);
        return total;
    }
}
