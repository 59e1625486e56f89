package lt.pagalba.billing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;
import lt.pagalba.shared.WorkCategory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an invoice line says, in the client's language (Konsultavimo paslaugos, viršijus sutartyje
 * numatytą laiką, 2026 m. spalis): periods named as an accountant writes them.
 */
@Component
class LineTexts {

    private final MessageSource messages;
    /**
     * Descriptions made before: a run's 20,000 lines say one of a few dozen things, and each took three to
     * five look-ups and a message format (issue 18). The texts are the bundles', which do not change while
     * Pagalba runs.
     */
    private final Cache<Description, String> described = Caffeine.newBuilder().maximumSize(5_000).build();

    private record Description(WorkCategory category, boolean underContract, boolean correction, boolean late, Period period,
                               String language) {
    }

    LineTexts(MessageSource messages) {
        this.messages = messages;
    }

    String describe(WorkCategory category, boolean underContract, boolean correction, boolean late, Period period, String language) {
        return described.get(new Description(category, underContract, correction, late, period, language), this::made);
    }

    private String made(Description d) {
        Locale locale = Locale.forLanguageTag(d.language());
        String what = messages.getMessage("invoice.line." + d.category() + (d.underContract() ? ".overage" : ""), null, locale);
        String when = periodName(d.period(), locale);
        String note = d.correction() ? messages.getMessage("invoice.line.correction", null, locale)
                : d.late() ? messages.getMessage("invoice.line.late", null, locale) : "";
        return what + ", " + when + note;
    }

    String periodName(Period period, Locale locale) {
        if (period.length() == PeriodLength.QUARTER) {
            return messages.getMessage("invoice.period.quarter", new Object[]{String.valueOf(period.first().getYear()),
                    messages.getMessage("invoice.quarter." + period.quarter(), null, locale)}, locale);
        }
        return messages.getMessage("invoice.period.month", new Object[]{String.valueOf(period.first().getYear()),
                messages.getMessage("invoice.month." + period.first().getMonthValue(), null, locale)}, locale);
    }
}
