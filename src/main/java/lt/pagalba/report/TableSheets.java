package lt.pagalba.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lt.pagalba.shared.Money;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A {@link Table} as CSV (as {@link HoursSheets} writes it: UTF-8 with a byte-order mark, semicolons,
 * numbers with the language's decimal sign and no grouping, days as {@code 2026-10-31}) and as XLSX
 * (amounts and decimals as numbers with two decimals, days as dates), so a spreadsheet sums them.
 */
@Component
class TableSheets {

    private final MessageSource messages;

    TableSheets(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(Table table, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            out.write('\uFEFF');
            csv.printRecord(table.columnKeys().stream().map(k -> text(k, locale)).toList());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(cell -> csvText(cell, locale)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a report as CSV", e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(Table table, Locale locale) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text(table.sheetKey(), locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimals = book.createCellStyle();
            decimals.setDataFormat(book.createDataFormat().getFormat("0.00"));
            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columnKeys().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(text(table.columnKeys().get(c), locale));
                cell.setCellStyle(bold);
            }
            int n = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(n++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value == null) {
                        cell.setBlank();
                    } else if (value instanceof Money money) {
                        cell.setCellValue(money.amount().doubleValue());
                        cell.setCellStyle(decimals);
                    } else if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(decimals);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.longValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(day);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < table.columnKeys().size(); c++) {
                sheet.setColumnWidth(c, 256 * (c == 0 || c == 1 ? 38 : 16));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a report as XLSX", e);
        }
    }

    private static String csvText(Object cell, Locale locale) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Money money) {
            return number(money.amount(), locale);
        }
        return cell instanceof BigDecimal number ? number(number, locale) : cell.toString();
    }

    /** Two decimals with the language's decimal sign (a comma in Lithuanian), no grouping. */
    static String number(BigDecimal value, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator("lt".equals(locale.getLanguage()) ? ',' : '.');
        symbols.setMinusSign('-');
        return new DecimalFormat("0.00", symbols).format(value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
