package lt.pagalba.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A statement's journal table as CSV (Commons CSV), as Lithuanian Excel opens it: UTF-8 with a byte
 * order mark, {@code ;} between fields, dates ISO, hours with a decimal comma.
 */
@Component
class StatementCsv {

    private final MessageSource messages;

    StatementCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(StatementContent doc) {
        Locale locale = Locale.forLanguageTag(doc.language());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel then reads UTF-8
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            csv.printRecord(Arrays.stream(StatementSheets.COLUMNS).map(c -> text("statement.col." + c, locale)).toList());
            for (StatementContent.Row r : doc.rows()) {
                csv.printRecord(r.requestNumber(), iso(r.requestDate()), r.contact(), r.problem(), r.consultant(),
                        iso(r.workDate()), r.minutes() == null ? "" : r.minutes(),
                        r.hours() == null ? "" : r.hours().toPlainString().replace('.', ','),
                        r.category() == null ? "" : text("category." + r.category(), locale), r.work());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the statement's CSV", e);
        }
        return out.toByteArray();
    }

    private static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
