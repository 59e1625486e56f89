package lt.pagalba.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.springframework.context.MessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Well-formed XHTML to a tagged PDF with DejaVu Sans embedded, so Lithuanian letters survive: the
 * common part of every document Pagalba prints (invoices, statements). Thread-safe.
 */
public final class PdfRenderer {

    /** The font family documents name in their CSS. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // openhtmltopdf writes several INFO lines per document straight to stderr through its own
        // console handler. Keep its warnings only, and pass them to the JDK root logger, which Spring
        // Boot forwards to the application's log. (A StreamHandler without a stream prints nothing.)
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new StreamHandler(), new SimpleFormatter()));
    }

    // Kept in memory: reading 1.4 MB of fonts from the jar for every document would cost more than the rendering.
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private PdfRenderer() {
    }

    /**
     * A Thymeleaf engine for printed documents (templates under {@code templates/}): an engine of its
     * own rather than the web one, as XML mode guarantees the well-formed XHTML the renderer parses
     * and it needs no web request for its locale.
     */
    public static SpringTemplateEngine documentTemplates(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        return templates;
    }

    /** Renders the XHTML; {@code what} names the document in an error. */
    public static byte[] render(String xhtml, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(xhtml, null);
        // Subset: only the glyphs used are embedded, so a document stays around 30 kB, not 1.4 MB.
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        // A tagged (PDF/UA) document reads aloud in order for the client's screen reader; it also
        // leaves out the 14 standard PDF fonts, so PDFBox never scans the system fonts to stand in for them.
        builder.usePdfUaAccessibility(true);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + what, e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + path, e);
        }
    }
}
