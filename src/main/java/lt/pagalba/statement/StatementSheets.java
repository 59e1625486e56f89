package lt.pagalba.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A statement for an accountant's spreadsheet, as XLSX (Apache POI): sheet 1 the journal as a table
 * (header row, real dates, minutes as whole numbers, hours as numbers with two decimals), sheet 2
 * the totals per category and the usage per contract period.
 */
@Component
class StatementSheets {

    /** The journal's columns, in order (their titles are {@code statement.col.<column>}). */
    static final String[] COLUMNS = {"request", "requestDate", "contact", "problem", "consultant", "workDate",
            "minutes", "hours", "category", "work"};

    /** The cell styles of one workbook. */
    private record Styles(CellStyle date, CellStyle hours, CellStyle header) {

        static Styles of(Workbook book) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle hours = book.createCellStyle();
            hours.setDataFormat(book.createDataFormat().getFormat("0.00"));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            return new Styles(date, hours, header);
        }
    }

    private final MessageSource messages;

    StatementSheets(MessageSource messages) {
        this.messages = messages;
    }

    byte[] xlsx(StatementContent doc) {
        Locale locale = Locale.forLanguageTag(doc.language());
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = Styles.of(book);
            journal(book.createSheet(text("statement.sheet.journal", locale)), doc, styles, locale);
            totals(book.createSheet(text("statement.sheet.totals", locale)), doc, styles, locale);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the statement's workbook", e);
        }
    }

    private void journal(Sheet sheet, StatementContent doc, Styles styles, Locale locale) {
        header(sheet.createRow(0), styles.header(), locale, COLUMNS);
        int n = 1;
        for (StatementContent.Row r : doc.rows()) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(r.requestNumber());
            date(row.createCell(1), r.requestDate(), styles.date());
            text(row.createCell(2), r.contact());
            text(row.createCell(3), r.problem());
            text(row.createCell(4), r.consultant());
            date(row.createCell(5), r.workDate(), styles.date());
            if (r.minutes() != null) {
                row.createCell(6).setCellValue(r.minutes());
                number(row.createCell(7), r.hours(), styles.hours());
            }
            text(row.createCell(8), r.category() == null ? null : text("category." + r.category(), locale));
            text(row.createCell(9), r.work());
        }
        sheet.createFreezePane(0, 1);
        if (n > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, n - 1, 0, COLUMNS.length - 1));
        }
        for (int c = 0; c < COLUMNS.length; c++) {
            sheet.setColumnWidth(c, 256 * (c == 3 || c == 9 ? 48 : c == 2 ? 32 : 14));
        }
    }

    private void totals(Sheet sheet, StatementContent doc, Styles styles, Locale locale) {
        Row info = sheet.createRow(0);
        info.createCell(0).setCellValue(doc.clientName());
        date(info.createCell(1), doc.from(), styles.date());
        date(info.createCell(2), doc.to(), styles.date());
        header(sheet.createRow(2), styles.header(), locale, "category", "entries", "minutes", "hours");
        int t = 3;
        for (StatementContent.CategoryTotal total : doc.totals()) {
            Row row = sheet.createRow(t++);
            row.createCell(0).setCellValue(text("category." + total.category(), locale));
            row.createCell(1).setCellValue(total.entries());
            row.createCell(2).setCellValue(total.minutes());
            number(row.createCell(3), total.hours(), styles.hours());
        }
        Row all = sheet.createRow(t++);
        all.createCell(0).setCellValue(text("statement.pdf.all", locale));
        all.createCell(1).setCellValue(doc.entries());
        all.createCell(2).setCellValue(doc.minutes());
        number(all.createCell(3), StatementContent.hours(doc.minutes()), styles.hours());
        usage(sheet, t + 1, doc, styles, locale);
        for (int c = 0; c < 6; c++) {
            sheet.setColumnWidth(c, 256 * (c == 0 ? 30 : 16));
        }
    }

    private void usage(Sheet sheet, int first, StatementContent doc, Styles styles, Locale locale) {
        int t = first;
        header(sheet.createRow(t++), styles.header(), locale, "period", "contract", "category", "billable", "included",
                "overage");
        for (StatementContent.PeriodUsage u : doc.usage()) {
            Row row = sheet.createRow(t++);
            row.createCell(0).setCellValue(u.period());
            text(row.createCell(1), u.contractNumber());
            row.createCell(2).setCellValue(text("category." + u.category(), locale));
            row.createCell(3).setCellValue(u.billableMinutes());
            if (u.includedMinutes() != null) {
                row.createCell(4).setCellValue(u.includedMinutes());
            }
            row.createCell(5).setCellValue(u.overageMinutes());
        }
    }

    private void header(Row row, CellStyle style, Locale locale, String... columns) {
        for (int c = 0; c < columns.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(text("statement.col." + columns[c], locale));
            cell.setCellStyle(style);
        }
    }

    private static void date(Cell cell, LocalDate day, CellStyle style) {
        if (day != null) {
            cell.setCellValue(day);
            cell.setCellStyle(style);
        }
    }

    private static void number(Cell cell, BigDecimal value, CellStyle style) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void text(Cell cell, String value) {
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
