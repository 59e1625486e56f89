package lt.pagalba.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lt.pagalba.request.RequestsReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The requests report for a spreadsheet, as {@link HoursSheets} writes the hours: each step's first day
 * and its requests by channel, then the total; CSV with a byte-order mark and semicolons, and XLSX.
 */
@Component
class RequestsSheets {

    private static final String[] COLUMNS = {"start", "phone", "email", "web", "total"};

    private final MessageSource messages;

    RequestsSheets(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(RequestsReport.ReceivedRequests report, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            out.write('\uFEFF');
            csv.printRecord((Object[]) titles(locale));
            for (List<Object> row : rows(report, locale)) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the requests report as CSV", e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(RequestsReport.ReceivedRequests report, Locale locale) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("report.requests.title", null, locale));
            String[] titles = titles(locale);
            Row header = sheet.createRow(0);
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            int n = 1;
            for (List<Object> values : rows(report, locale)) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(values.get(0).toString());
                for (int c = 1; c < values.size(); c++) {
                    row.createCell(c).setCellValue(((Number) values.get(c)).doubleValue());
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the requests report as XLSX", e);
        }
    }

    private List<List<Object>> rows(RequestsReport.ReceivedRequests report, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (RequestsReport.ReceivedCount line : report.items()) {
            rows.add(List.of(line.start().toString(), line.phone(), line.email(), line.web(), line.total()));
        }
        RequestsReport.ReceivedCount t = report.totals();
        rows.add(List.of(messages.getMessage("report.total", null, locale), t.phone(), t.email(), t.web(), t.total()));
        return rows;
    }

    private String[] titles(Locale locale) {
        String[] titles = new String[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            titles[c] = messages.getMessage("report.requests.col." + COLUMNS[c], null, locale);
        }
        return titles;
    }
}
