package lt.pagalba.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's table for a spreadsheet, as {@link HoursSheets} writes the hours: CSV (UTF-8 with a byte-order mark,
 * semicolons, as Lithuanian Excel reads it) and XLSX with numbers as numbers and a bold header, the same rows in both.
 * A cell is text, a whole number, or empty (null).
 */
final class TableSheets {

    private TableSheets() {
    }

    static byte[] csv(List<String> titles, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            out.write('\uFEFF');
            csv.printRecord(titles);
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a report as CSV", e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(String sheetName, List<String> titles, List<List<Object>> rows) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < titles.size(); c++) {
                header.createCell(c).setCellValue(titles.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int n = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(n++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(0, 256 * 38);
            sheet.setColumnWidth(1, 256 * 40);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a report as XLSX", e);
        }
    }
}
