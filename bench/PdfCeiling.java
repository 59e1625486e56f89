import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

/**
 * The ceiling of invoice PDFs (bench/run-billing.sh): the invoice template's own prototype page (its
 * static text, one line) rendered by openhtmltopdf alone, with the fonts and PDF/UA tagging of
 * lt.pagalba.shared.PdfRenderer, on as many threads as the HTTP bench has connections. No Thymeleaf,
 * no database, no HTTP: what any way of serving a PDF pays at least. Run as a single-file program
 * on the jar's libraries: java -cp 'BOOT-INF/lib/*' PdfCeiling.java PAGE FONTS THREADS WARMUP-SECONDS;
 * after the warm-up, each line of standard input (a number of seconds) measures one slice, so that
 * the bench can take turns with the app.
 */
public class PdfCeiling {

    public static void main(String[] args) throws Exception {
        String page = Files.readString(Path.of(args[0]));
        byte[] regular = Files.readAllBytes(Path.of(args[1], "DejaVuSans.ttf"));
        byte[] bold = Files.readAllBytes(Path.of(args[1], "DejaVuSans-Bold.ttf"));
        int threads = Integer.parseInt(args[2]);
        long warmup = Long.parseLong(args[3]);
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
        run(page, regular, bold, threads, warmup * 1_000_000_000L);
        System.out.println("READY");
        BufferedReader slices = new BufferedReader(new InputStreamReader(System.in));
        for (String line = slices.readLine(); line != null; line = slices.readLine()) {
            long t0 = System.nanoTime();
            long renders = run(page, regular, bold, threads, Long.parseLong(line.trim()) * 1_000_000_000L);
            double took = (System.nanoTime() - t0) / 1e9;
            System.out.printf("RENDERS %d RATE %.1f THREADS %d%n", renders, renders / took, threads);
        }
    }

    private static long run(String page, byte[] regular, byte[] bold, int threads, long nanos) throws InterruptedException {
        AtomicLong renders = new AtomicLong();
        long until = System.nanoTime() + nanos;
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                while (System.nanoTime() < until) {
                    render(page, regular, bold);
                    renders.incrementAndGet();
                }
            });
            workers[i].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return renders.get();
    }

    private static byte[] render(String page, byte[] regular, byte[] bold) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(page, null);
        builder.useFont(() -> new ByteArrayInputStream(regular), "DejaVu Sans", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, FontStyle.NORMAL, true);
        builder.usePdfUaAccessibility(true);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return pdf.toByteArray();
    }
}
