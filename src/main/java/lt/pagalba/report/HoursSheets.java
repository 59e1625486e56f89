package lt.pagalba.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import lt.pagalba.journal.HoursReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The hours report for a spreadsheet: CSV (Commons CSV, UTF-8 with a byte-order mark so that Excel reads
 * Lithuanian letters, semicolons as Lithuanian Excel expects) and XLSX (Apache POI) with the same columns:
 * the key, the name, minutes, billable minutes and both as hours.
 */
@Component
class HoursSheets {

    private static final String[] COLUMNS = {"key", "name", "minutes", "billableMinutes", "hours", "billableHours"};

    private final MessageSource messages;

    HoursSheets(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(HoursReport.Hours report, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            out.write('\uFEFF');
            csv.printRecord((Object[]) titles(locale));
            for (HoursReport.Line line : report.items()) {
                csv.printRecord(line.key(), line.name(), line.minutes(), line.billableMinutes(), hours(line.minutes(), locale),
                        hours(line.billableMinutes(), locale));
            }
            csv.printRecord("", text("report.total", locale), report.totalMinutes(), report.totalBillableMinutes(),
                    hours(report.totalMinutes(), locale), hours(report.totalBillableMinutes(), locale));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the hours report as CSV", e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(HoursReport.Hours report, Locale locale) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("report.hours.title", locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle hours = book.createCellStyle();
            hours.setDataFormat(book.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            String[] titles = titles(locale);
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
                header.getCell(c).setCellStyle(bold);
            }
            int n = 1;
            for (HoursReport.Line line : report.items()) {
                row(sheet.createRow(n++), line.key(), line.name(), line.minutes(), line.billableMinutes(), hours);
            }
            row(sheet.createRow(n), "", text("report.total", locale), report.totalMinutes(), report.totalBillableMinutes(), hours);
            sheet.getRow(n).getCell(1).setCellStyle(bold);
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(0, 256 * 38);
            sheet.setColumnWidth(1, 256 * 40);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the hours report as XLSX", e);
        }
    }

    private static void row(Row row, String key, String name, long minutes, long billable, CellStyle hours) {
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(name == null ? "" : name);
        row.createCell(2).setCellValue(minutes);
        row.createCell(3).setCellValue(billable);
        row.createCell(4).setCellValue(minutes / 60.0);
        row.getCell(4).setCellStyle(hours);
        row.createCell(5).setCellValue(billable / 60.0);
        row.getCell(5).setCellStyle(hours);
    }

    private String[] titles(Locale locale) {
        String[] titles = new String[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            titles[c] = text("report.col." + COLUMNS[c], locale);
        }
        return titles;
    }

    /** Hours with two decimals, the decimal sign of the language (a comma in Lithuanian). */
    private static String hours(long minutes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
