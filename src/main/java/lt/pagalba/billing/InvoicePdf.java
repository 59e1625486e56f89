package lt.pagalba.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import lt.pagalba.shared.EuroText;
import lt.pagalba.shared.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders a proforma, VAT invoice or credit note as an A4 PDF from {@code templates/billing/invoice-pdf.html},
 * with the texts of the document's language, through {@link PdfRenderer}. Thread-safe: the template
 * engine is made once, everything else per call.
 */
@Component
class InvoicePdf {

    private static final String TEMPLATE = "billing/invoice-pdf";

    private final SpringTemplateEngine templates;

    InvoicePdf(MessageSource messageSource) {
        templates = PdfRenderer.documentTemplates(messageSource);
    }

    byte[] render(InvoiceDocument document) {
        Context context = new Context(Locale.forLanguageTag(document.language()));
        context.setVariable("doc", document);
        context.setVariable("fmt", new Numbers(document.language()));
        String xhtml = templates.process(TEMPLATE, context);
        return PdfRenderer.render(xhtml, document.number());
    }

    /**
     * Numbers and dates as the document prints them: {@code 1 234,50} in Lithuanian, {@code 1,234.50}
     * in English, dates {@code 2026-11-02} in both. One per rendering: {@link DecimalFormat} is not thread-safe.
     */
    static final class Numbers {

        // Lithuanian groups thousands with a no-break space of normal width: a total never wraps in
        // its table cell, and DejaVu Sans has the glyph.
        private static final char LITHUANIAN_GROUPING = '\u00A0';

        private final DecimalFormat amount;
        private final DecimalFormat rate;
        private final String hours;
        private final Locale locale;

        Numbers(String language) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            boolean lithuanian = "lt".equals(language);
            symbols.setDecimalSeparator(lithuanian ? ',' : '.');
            symbols.setGroupingSeparator(lithuanian ? LITHUANIAN_GROUPING : ',');
            symbols.setMinusSign('-');
            amount = new DecimalFormat("#,##0.00", symbols);
            amount.setRoundingMode(RoundingMode.HALF_UP);
            rate = new DecimalFormat("0.##", symbols);
            hours = lithuanian ? "val." : "h";
            locale = Locale.forLanguageTag(language);
        }

        /** A total with the euro sign where the document's language puts it: {@code 145,20 €}, {@code €145.20}. */
        public String eur(BigDecimal value) {
            return value == null ? "" : EuroText.withSign(amount.format(value), locale);
        }

        /** Money and quantities, always with two decimals; blank when there is none (a fixed fee has no hours). */
        public String amount(BigDecimal value) {
            return value == null ? "" : amount.format(value);
        }

        /** A VAT rate in percent without needless decimals: {@code 21}, {@code 5,5}. */
        public String rate(BigDecimal value) {
            return rate.format(value);
        }

        /**
         * A line's minutes as hours and minutes ({@code 1 val. 40 min}, {@code 45 min}, {@code 2 val.}):
         * the exact quantity, where hours with two decimals (1,67) would not multiply to the amount.
         */
        public String duration(int minutes) {
            int whole = Math.abs(minutes);
            String sign = minutes < 0 ? "-" : "";
            if (whole < 60) {
                return sign + whole + " min";
            }
            return sign + whole / 60 + " " + hours + (whole % 60 == 0 ? "" : " " + whole % 60 + " min");
        }

        public String date(LocalDate value) {
            return value == null ? "" : value.toString();
        }
    }
}
