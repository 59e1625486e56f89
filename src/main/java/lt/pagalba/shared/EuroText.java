package lt.pagalba.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of euros as a reader of the language writes it: {@code 1 234,50 €} in Lithuanian (the sign
 * after the number, a space between), {@code €1,234.50} in English (the sign before). Pages, e-mails and
 * documents all place the sign here, so that they agree; the API keeps plain numbers and a currency code.
 */
public final class EuroText {

    private EuroText() {
    }

    /** The amount with two decimals and the euro sign, thousands grouped by a space or a comma. */
    public static String of(BigDecimal amount, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean lithuanian = isLithuanian(locale);
        symbols.setDecimalSeparator(lithuanian ? ',' : '.');
        symbols.setGroupingSeparator(lithuanian ? ' ' : ',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return withSign(format.format(amount), locale);
    }

    /** An amount already written as a number of the language gets the euro sign on the language's side. */
    public static String withSign(String number, Locale locale) {
        if (isLithuanian(locale)) {
            return number + " €";
        }
        // a minus stays in front of the sign: -€72.60
        return number.startsWith("-") ? "-€" + number.substring(1) : "€" + number;
    }

    private static boolean isLithuanian(Locale locale) {
        return "lt".equals(locale.getLanguage());
    }
}
