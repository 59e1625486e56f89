package lt.pagalba.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import lt.pagalba.shared.EuroText;
import lt.pagalba.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Money and hours on pages the way the reader writes them: {@code 1 234,50 €} in Lithuanian, {@code €1,234.50} in English. */
@Component("money")
class MoneyFormat {

    public String eur(Money money) {
        return money == null ? "–" : EuroText.of(money.amount(), LocaleContextHolder.getLocale());
    }

    public String hours(BigDecimal hours) {
        return hours == null ? "–" : number(hours);
    }

    private static String number(BigDecimal value) {
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        if ("lt".equals(locale.getLanguage())) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator(' ');
        }
        return new DecimalFormat("#,##0.00", symbols).format(value);
    }
}
