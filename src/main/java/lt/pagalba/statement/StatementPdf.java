package lt.pagalba.statement;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import lt.pagalba.shared.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A statement as a landscape A4 PDF from {@code templates/statement/statement-pdf.html}, in the look
 * of the invoices and in the client's language.
 */
@Component
class StatementPdf {

    private final SpringTemplateEngine templates;

    StatementPdf(MessageSource messages) {
        templates = PdfRenderer.documentTemplates(messages);
    }

    byte[] render(StatementContent content) {
        Context context = new Context(Locale.forLanguageTag(content.language()));
        context.setVariable("doc", content);
        context.setVariable("fmt", new Numbers(content.language()));
        return PdfRenderer.render(templates.process("statement/statement-pdf", context),
                "statement " + content.clientName() + " " + content.from() + "–" + content.to());
    }

    /** Hours {@code 1,50} in Lithuanian and {@code 1.50} in English; dates ISO in both. Not thread-safe: one per rendering. */
    static final class Numbers {

        private final DecimalFormat hours;

        Numbers(String language) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setDecimalSeparator("lt".equals(language) ? ',' : '.');
            symbols.setGroupingSeparator("lt".equals(language) ? '\u00A0' : ',');
            symbols.setMinusSign('-');
            hours = new DecimalFormat("#,##0.00", symbols);
        }

        public String hours(BigDecimal value) {
            return value == null ? "" : hours.format(value);
        }

        public String hoursOf(int minutes) {
            return hours(StatementContent.hours(minutes));
        }

        public String minutes(Integer value) {
            return value == null ? "" : String.valueOf(value);
        }

        public String date(LocalDate value) {
            return value == null ? "" : value.toString();
        }
    }
}
