package lt.pagalba.billing;

import java.math.BigDecimal;
import java.util.List;
import lt.pagalba.shared.Money;

/** An invoice's totals (B7): net, the VAT rate in percent and VAT on the net total, gross, and gross in words. */
record Totals(Money net, BigDecimal vatRate, Money vat, Money gross, String inWords) {

    static Totals of(Money net, BigDecimal vatRate, String language) {
        Money vat = BillingRules.vat(net, vatRate);
        Money gross = net.plus(vat);
        String words = "en".equals(language) ? AmountInWords.english(gross.amount()) : AmountInWords.lithuanian(gross.amount());
        return new Totals(net, vatRate, vat, gross, words);
    }

    static Money net(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The rate as the API writes it: a whole percent without decimals ({@code 21}). */
    String vatRateText() {
        return vatRate.stripTrailingZeros().toPlainString();
    }
}
