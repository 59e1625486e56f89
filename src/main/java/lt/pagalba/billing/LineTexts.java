package lt.pagalba.billing;

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

    LineTexts(MessageSource messages) {
        this.messages = messages;
    }

    String describe(WorkCategory category, boolean underContract, boolean correction, boolean late, Period period, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String what = messages.getMessage("invoice.line." + category + (underContract ? ".overage" : ""), null, locale);
        String when = periodName(period, locale);
        String note = correction ? messages.getMessage("invoice.line.correction", null, locale)
                : late ? messages.getMessage("invoice.line.late", null, locale) : "";
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
