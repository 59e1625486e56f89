package lt.pagalba.billing;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The total of an invoice in words, as Lithuanian invoices write it: the euros spelled out, the
 * cents as two digits ({@code šimtas keturiasdešimt penki eurai 20 ct}). Amounts are rounded half-up
 * to cents first; a negative amount (a credit note) reads {@code minus …}.
 */
final class AmountInWords {

    private AmountInWords() {
    }

    static String lithuanian(BigDecimal amount) {
        return Language.LITHUANIAN.inWords(amount);
    }

    static String english(BigDecimal amount) {
        return Language.ENGLISH.inWords(amount);
    }

    private enum Language {
        // "euras" is masculine: name the masculine cardinal rules instead of relying on ICU's
        // default rule set (%spellout-numbering) happening to be masculine too.
        LITHUANIAN(new ULocale("lt"), "%spellout-cardinal-masculine", "euras", "eurai", "eurų"),
        ENGLISH(ULocale.ENGLISH, "%spellout-numbering", "euro", "euros", "euros");

        private final String ruleSet;
        private final PluralRules plurals;
        private final String one;
        private final String few;
        private final String other;
        // RuleBasedNumberFormat is not thread-safe; one per thread costs a few kilobytes.
        private final ThreadLocal<RuleBasedNumberFormat> spellOut;

        Language(ULocale locale, String ruleSet, String one, String few, String other) {
            this.ruleSet = ruleSet;
            this.plurals = PluralRules.forLocale(locale);
            this.one = one;
            this.few = few;
            this.other = other;
            this.spellOut = ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT));
        }

        String inWords(BigDecimal amount) {
            BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
            BigDecimal absolute = cents.abs();
            long euros = absolute.longValue();
            int centsPart = absolute.subtract(BigDecimal.valueOf(euros)).movePointRight(2).intValueExact();
            // Write the sign ourselves: ICU 77's Lithuanian rules say "mīnus" (the Latvian spelling).
            String sign = cents.signum() < 0 ? "minus " : "";
            return sign + spellOut.get().format(euros, ruleSet) + " " + euroWord(euros)
                    + " " + String.format("%02d", centsPart) + " ct";
        }

        // The noun follows the last word of the number: 21 euras, 22 eurai, 1000 eurų, 1001 euras.
        private String euroWord(long euros) {
            return switch (plurals.select(euros)) {
                case PluralRules.KEYWORD_ONE -> one;
                case PluralRules.KEYWORD_FEW -> few;
                default -> other;
            };
        }
    }
}
