package lt.pagalba.billing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lt.pagalba.shared.Money;

/**
 * An invoice's totals (B7): net, the VAT rate in percent and VAT on the net total, gross, and gross in
 * words. A document whose lines have different rates (a rate changed between their supply dates) has
 * one VAT subtotal per rate, each taken of its own net; {@code vatRate} is then the rate of its
 * supply date (its latest period).
 */
record Totals(Money net, BigDecimal vatRate, Money vat, Money gross, String inWords) {

    /** The VAT of one rate on a document. */
    record VatSubtotal(BigDecimal rate, Money net, Money vat) {
    }

    static Totals of(Money net, BigDecimal vatRate, String language) {
        return of(net, vatRate, BillingRules.vat(net, vatRate), language);
    }

    /** A document's totals from its lines: VAT per rate, of that rate's net total. */
    static Totals of(List<InvoiceLine> lines, BigDecimal mainRate, String language) {
        Money vat = breakdown(lines).stream().map(VatSubtotal::vat).reduce(Money.ZERO, Money::plus);
        return of(net(lines), mainRate, vat, language);
    }

    private static Totals of(Money net, BigDecimal vatRate, Money vat, String language) {
        Money gross = net.plus(vat);
        String words = "en".equals(language) ? AmountInWords.english(gross.amount()) : AmountInWords.lithuanian(gross.amount());
        return new Totals(net, vatRate, vat, gross, words);
    }

    /** The VAT subtotals of the lines, highest rate first. */
    static List<VatSubtotal> breakdown(List<InvoiceLine> lines) {
        Map<BigDecimal, Money> byRate = new TreeMap<>(Comparator.reverseOrder());
        lines.forEach(l -> byRate.merge(l.vatPercent().stripTrailingZeros(), l.amount(), Money::plus));
        return byRate.entrySet().stream()
                .map(e -> new VatSubtotal(e.getKey(), e.getValue(), BillingRules.vat(e.getValue(), e.getKey()))).toList();
    }

    static Money net(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The rate as the API writes it: a whole percent without decimals ({@code 21}). */
    String vatRateText() {
        return vatRate.stripTrailingZeros().toPlainString();
    }
}
