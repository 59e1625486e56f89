package lt.pagalba.billing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a proforma, VAT invoice or credit note as an A4 PDF from {@code templates/billing/invoice-pdf.html},
 * with the texts of the document's language. Thread-safe: the template engine and the font bytes
 * are made once, everything else per call.
 */
@Component
public class InvoicePdf {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String TEMPLATE = "billing/invoice-pdf";

    static {
        // openhtmltopdf writes several INFO lines per document straight to stderr through its own
        // console handler. Keep its warnings only, and pass them to the JDK root logger, which Spring
        // Boot forwards to the application's log. (A StreamHandler without a stream prints nothing.)
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new StreamHandler(), new SimpleFormatter()));
    }

    private final SpringTemplateEngine templates;
    // Kept in memory: reading 1.4 MB of fonts from the jar for every invoice would cost more than the rendering.
    private final byte[] regularFont = font("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = font("fonts/DejaVuSans-Bold.ttf");

    public InvoicePdf(MessageSource messageSource) {
        // An engine of our own rather than the web one: XML mode guarantees the well-formed XHTML the
        // PDF renderer parses, and it needs no web request for its locale.
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messageSource);
    }

    public byte[] render(InvoiceDocument document) {
        Context context = new Context(Locale.forLanguageTag(document.language()));
        context.setVariable("doc", document);
        context.setVariable("fmt", new Numbers(document.language()));
        String xhtml = templates.process(TEMPLATE, context);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(xhtml, null);
        // Subset: only the glyphs used are embedded, so a document stays around 30 kB, not 1.4 MB.
        builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        // A tagged (PDF/UA) document reads aloud in order for the client's screen reader; it also
        // leaves out the 14 standard PDF fonts, so PDFBox never scans the system fonts to stand in for them.
        builder.usePdfUaAccessibility(true);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + document.number(), e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String path) {
        try (InputStream in = InvoicePdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + path, e);
        }
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

        Numbers(String language) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            boolean lithuanian = "lt".equals(language);
            symbols.setDecimalSeparator(lithuanian ? ',' : '.');
            symbols.setGroupingSeparator(lithuanian ? LITHUANIAN_GROUPING : ',');
            symbols.setMinusSign('-');
            amount = new DecimalFormat("#,##0.00", symbols);
            amount.setRoundingMode(RoundingMode.HALF_UP);
            rate = new DecimalFormat("0.##", symbols);
        }

        /** Money and quantities, always with two decimals; blank when there is none (a fixed fee has no hours). */
        public String amount(BigDecimal value) {
            return value == null ? "" : amount.format(value);
        }

        /** A VAT rate in percent without needless decimals: {@code 21}, {@code 5,5}. */
        public String rate(BigDecimal value) {
            return rate.format(value);
        }

        public String date(LocalDate value) {
            return value == null ? "" : value.toString();
        }
    }
}
