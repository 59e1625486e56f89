package lt.pagalba.billing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The total of an invoice in words, as Lithuanian invoices write it: the euros spelled out, the
 * cents as two digits ({@code šimtas keturiasdešimt penki eurai 20 ct}). Amounts are rounded half-up
 * to cents first; a negative amount (a credit note) reads {@code minus …}. A count of one is never
 * written before šimtas, tūkstantis, milijonas or milijardas ({@code milijonas du šimtai}, as
 * {@code šimtas} and {@code tūkstantis} already are), while the one of 21 or 101 stays
 * ({@code šimtas vienas tūkstantis}).
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
        LITHUANIAN(new ULocale("lt"), "%spellout-cardinal-masculine", "euras", "eurai", "eurų") {
            // ICU 77 writes "vienas milijonas" but "tūkstantis" and "šimtas": the count of one is dropped
            // where it stands alone before a scale word (at the start, or right after the milliards)
            @Override
            String spelled(long euros, String words) {
                return words.contains("vienas ") ? LONE_ONE.matcher(words).replaceAll("$1") : words;
            }
        },
        ENGLISH(ULocale.ENGLISH, "%spellout-numbering", "euro", "euros", "euros");

        private static final Pattern LONE_ONE = Pattern.compile("(^|milijard(?:as|ai|ų) )vienas (?=milijon|milijard)");

        private final String ruleSet;
        private final PluralRules plurals;
        private final String one;
        private final String few;
        private final String other;
        // RuleBasedNumberFormat is not thread-safe; one per thread costs a few kilobytes.
        private final ThreadLocal<RuleBasedNumberFormat> spellOut;
        // the euros as this language spells them, kept: a run's 10,000 totals have a few thousand distinct
        // euro amounts, and spelling one out is the costliest part of making an invoice (issue 18)
        private final Cache<Long, String> spelledEuros = Caffeine.newBuilder().maximumSize(50_000).build();

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
            // the cents' two digits without String.format, which made a Formatter and the locale's symbols for
            // each invoice (issue 18: half the time of writing an amount in words)
            return sign + spelledEuros.get(euros, e -> spelled(e, spellOut.get().format(e, ruleSet)) + " " + euroWord(e))
                    + (centsPart < 10 ? " 0" : " ") + centsPart + " ct";
        }

        /** The number in words as this language writes it on an invoice. */
        String spelled(long euros, String words) {
            return words;
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
