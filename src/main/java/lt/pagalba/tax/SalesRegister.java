package lt.pagalba.tax;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lt.pagalba.billing.TaxDocument;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sales register of a month for accounting programs: one row per VAT invoice and credit note —
 * number, date, supply date, buyer, company and VAT code, net, VAT, gross, type and the document it
 * corrects. As CSV the way Lithuanian Excel opens it (UTF-8 with a byte order mark, {@code ;}
 * between fields, decimal comma, ISO dates), or as XLSX with real dates and numbers (streamed, so
 * ten thousand rows hold only a window of them in memory).
 */
@Component
class SalesRegister {

    /** The columns, in order; their titles are {@code tax.register.<column>}. */
    static final List<String> COLUMNS = List.of("number", "date", "supplyDate", "buyer", "companyCode", "vatCode", "net",
            "vat", "gross", "type", "corrects");

    private final MessageSource messages;

    SalesRegister(MessageSource messages) {
        this.messages = messages;
    }

    void csv(List<TaxDocument> documents, Locale locale, OutputStream out) {
        try {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
            csv.printRecord(COLUMNS.stream().map(c -> text("tax.register." + c, locale)).toList());
            for (TaxDocument d : documents) {
                csv.printRecord(d.number(), d.issueDate(), d.supplyDate(), d.buyer().name(), blank(d.buyer().companyCode()),
                        blank(d.buyer().vatCode()), comma(d.net().amount()), comma(d.vat().amount()), comma(d.gross().amount()),
                        text("tax.register.type." + d.type(), locale), blank(d.correctsNumber()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The sales register could not be written", e);
        }
    }

    void xlsx(List<TaxDocument> documents, Locale locale, OutputStream out) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = book.createSheet(text("tax.register.sheet", locale));
            Row titles = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = titles.createCell(c);
                cell.setCellValue(text("tax.register." + COLUMNS.get(c), locale));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (TaxDocument d : documents) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(d.number());
                dateCell(row, 1, d.issueDate(), date);
                dateCell(row, 2, d.supplyDate(), date);
                row.createCell(3).setCellValue(d.buyer().name());
                row.createCell(4).setCellValue(blank(d.buyer().companyCode()));
                row.createCell(5).setCellValue(blank(d.buyer().vatCode()));
                moneyCell(row, 6, d.net().amount(), money);
                moneyCell(row, 7, d.vat().amount(), money);
                moneyCell(row, 8, d.gross().amount(), money);
                row.createCell(9).setCellValue(text("tax.register.type." + d.type(), locale));
                row.createCell(10).setCellValue(blank(d.correctsNumber()));
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The sales register could not be written", e);
        } finally {
            book.dispose();
        }
    }

    private static void dateCell(Row row, int column, LocalDate day, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(style);
    }

    private static void moneyCell(Row row, int column, BigDecimal amount, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(style);
    }

    private static String comma(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }

    private static String blank(String text) {
        return Objects.toString(text, "");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
