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
 * supply date (its latest period). A credit note's VAT is the change it makes to the VAT of the
 * invoice it corrects (PVMĮ art. 83), so its credit notes together never take back more VAT than the
 * invoice charged.
 */
record Totals(Money net, BigDecimal vatRate, Money vat, Money gross, String inWords, List<VatSubtotal> breakdown) {

    /** The VAT of one rate on a document. */
    record VatSubtotal(BigDecimal rate, Money net, Money vat) {
    }

    Totals {
        breakdown = List.copyOf(breakdown);
    }

    static Totals of(Money net, BigDecimal vatRate, String language) {
        Money vat = BillingRules.vat(net, vatRate);
        return of(net, vatRate, List.of(new VatSubtotal(vatRate.stripTrailingZeros(), net, vat)), language);
    }

    /** A document's totals from its lines: VAT per rate, of that rate's net total. */
    static Totals of(List<InvoiceLine> lines, BigDecimal mainRate, String language) {
        List<VatSubtotal> breakdown = netByRate(lines).entrySet().stream()
                .map(e -> new VatSubtotal(e.getKey(), e.getValue(), BillingRules.vat(e.getValue(), e.getKey()))).toList();
        return of(net(lines), mainRate, breakdown, language);
    }

    /**
     * A credit note's totals: per rate, the VAT of what the corrected invoice's lines still bill after
     * it less the VAT of what they billed before it.
     *
     * @param before the net the corrected invoice still billed, by rate, before this credit note
     */
    static Totals ofChange(List<InvoiceLine> credit, Map<BigDecimal, Money> before, BigDecimal mainRate, String language) {
        List<VatSubtotal> breakdown = netByRate(credit).entrySet().stream().map(e -> {
            Money was = before.getOrDefault(e.getKey(), Money.ZERO);
            Money change = BillingRules.vat(was.plus(e.getValue()), e.getKey()).minus(BillingRules.vat(was, e.getKey()));
            return new VatSubtotal(e.getKey(), e.getValue(), change);
        }).toList();
        return of(net(credit), mainRate, breakdown, language);
    }

    private static Totals of(Money net, BigDecimal vatRate, List<VatSubtotal> breakdown, String language) {
        Money vat = breakdown.stream().map(VatSubtotal::vat).reduce(Money.ZERO, Money::plus);
        Money gross = net.plus(vat);
        String words = "en".equals(language) ? AmountInWords.english(gross.amount()) : AmountInWords.lithuanian(gross.amount());
        return new Totals(net, vatRate, vat, gross, words, breakdown);
    }

    /** The net of lines by their VAT rate, highest rate first. */
    static Map<BigDecimal, Money> netByRate(List<InvoiceLine> lines) {
        Map<BigDecimal, Money> byRate = new TreeMap<>(Comparator.reverseOrder());
        lines.forEach(l -> byRate.merge(l.vatPercent().stripTrailingZeros(), l.amount(), Money::plus));
        return byRate;
    }

    static Money net(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The rate as the API writes it: a whole percent without decimals ({@code 21}). */
    String vatRateText() {
        return vatRate.stripTrailingZeros().toPlainString();
    }
}
