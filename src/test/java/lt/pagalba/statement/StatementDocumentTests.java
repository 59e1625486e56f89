package lt.pagalba.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lt.pagalba.journal.UsageReport;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.Period;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statement's files read back: the PDF with PDFBox, the XLSX with POI, the CSV with Commons CSV.
 * Every R11 column has the journal's values; the totals are the journal's. Work of October 2012.
 */
class StatementDocumentTests extends StatementTestSupport {

    @Autowired
    UsageReport usageReport;

    String client;
    String consultant;
    StatementData.Registered worked;
    StatementData.Registered idle;

    @BeforeEach
    void journal() {
        client = client("lt", "info@zasu-ukis.lt");
        consultant = unique("kons");
        staffMember(consultant, "CONSULTANT");
        admin().post("/api/v1/clients/" + client + "/contracts", """
                {"number":"S-2012-7","validFrom":"2012-01-01","validTo":null,"period":"MONTH","incrementMinutes":15,"minimumMinutes":0,
                 "allowances":[{"category":"CONSULTATION","includedMinutes":60,"overageHourlyRate":"40.00"},
                               {"category":"ADDITIONAL_WORK","includedMinutes":0,"overageHourlyRate":"50.00"}]}""");
        worked = request(client, "Neatsidaro metinė ataskaita", "Klaida atidarant metinę ataskaitą: „Žąsų“ įmonė",
                LocalDateTime.parse("2012-10-03T09:15"));
        idle = request(client, "Klausimas dėl licencijos", null, LocalDateTime.parse("2012-10-25T14:00"));
        String first = entry(client, worked.id(), consultant, "2012-10-04", 50, "CONSULTATION", "Sutaisyta ataskaitų šablono klaida", null);
        entry(client, worked.id(), consultant, "2012-10-05", 35, "ADDITIONAL_WORK", "Įdiegta nauja versija", null);
        entry(client, worked.id(), consultant, "2012-10-08", -10, "CONSULTATION", "Taisymas: per daug įrašyta", first);
        entry(client, worked.id(), consultant, "2012-11-02", 40, "CONSULTATION", "Lapkričio darbas", null);
    }

    @Test
    void everyR11ColumnIsInTheXlsxWithRealDatesAndNumbersAndTheTotalsAreTheJournals() throws Exception {
        String id = make("2012-10-01", "2012-10-31");
        var usage = usageReport.usage(ClientId.parse(client), Period.parse("2012-10"));

        var xlsx = admin().get("/api/v1/statements/" + id + "/xlsx");
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet journal = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("Išrašas");
            assertThat(texts(journal.getRow(0))).containsExactly("Kreipinio Nr.", "Kreipimosi data", "Kontaktinis asmuo",
                    "Problemos aprašymas", "Konsultantas", "Darbo data", "Laikas, min.", "Laikas, val.", "Darbo rūšis",
                    "Atliktas darbas");
            assertThat(journal.getLastRowNum()).isEqualTo(4); // three entries of the worked request, one row for the idle one

            Row row = journal.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(worked.number());
            assertDate(row.getCell(1), LocalDate.of(2012, 10, 3));
            assertThat(row.getCell(2).getStringCellValue()).startsWith("Ona Onaitė, +37061234567, ona").endsWith("@zasu-ukis.lt");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Klaida atidarant metinę ataskaitą: „Žąsų“ įmonė");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Jonas Jonaitis");
            assertDate(row.getCell(5), LocalDate.of(2012, 10, 4));
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(50);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(0.83);
            assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Konsultavimas");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Sutaisyta ataskaitų šablono klaida");

            assertThat(journal.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(35);
            assertThat(journal.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Papildomi darbai");
            assertThat(journal.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(-10);
            assertDate(journal.getRow(3).getCell(5), LocalDate.of(2012, 10, 8));

            Row idleRow = journal.getRow(4);
            assertThat(idleRow.getCell(0).getStringCellValue()).isEqualTo(idle.number());
            assertDate(idleRow.getCell(1), LocalDate.of(2012, 10, 25));
            assertThat(idleRow.getCell(3).getStringCellValue()).isEqualTo("Klausimas dėl licencijos");
            for (int c : new int[]{5, 6, 7, 8, 9}) {
                assertThat(idleRow.getCell(c) == null || idleRow.getCell(c).getCellType() == CellType.BLANK).as("column " + c).isTrue();
            }

            Sheet totals = book.getSheetAt(1);
            // raw minutes per category as logged (corrections taken away) and in all
            assertThat(totals.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Konsultavimas");
            assertThat(totals.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(40);
            assertThat(totals.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(35);
            assertThat(totals.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(75);
            assertThat(totals.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(1.25);
            // the usage is the journal's usage report, row for row
            for (int c = 0; c < 2; c++) {
                var category = usage.categories().get(c);
                Row u = totals.getRow(8 + c);
                assertThat(u.getCell(0).getStringCellValue()).isEqualTo("2012-10");
                assertThat(u.getCell(1).getStringCellValue()).isEqualTo("S-2012-7");
                assertThat(u.getCell(3).getNumericCellValue()).isEqualTo(category.billableMinutes());
                assertThat(u.getCell(4).getNumericCellValue()).isEqualTo((double) category.includedMinutes());
                assertThat(u.getCell(5).getNumericCellValue()).isEqualTo(category.exceededMinutes());
            }
            // B1 by the contract (15-minute increments): 50 − 10 = 40 → 45 of 60 included; 35 → 45, none included
            assertThat(totals.getRow(8).getCell(3).getNumericCellValue()).isEqualTo(45);
            assertThat(totals.getRow(9).getCell(5).getNumericCellValue()).isEqualTo(45);
        }
    }

    @Test
    void thePdfShowsEveryR11ColumnAndTheTotalsInTheClientsLanguage() throws Exception {
        String id = make("2012-10-01", "2012-10-31");

        String text;
        try (var pdf = Loader.loadPDF(admin().get("/api/v1/statements/" + id + "/pdf").bytes())) {
            text = StatementData.text(pdf);
        }

        assertThat(text).contains("IŠRAŠAS IŠ KONSULTACIJŲ ŽURNALO", "2012-10-01 – 2012-10-31", "UAB „Žąsų ūkis“",
                "Kreipinio Nr.", "Kreipimosi data", "Kontaktinis asmuo", "Problemos aprašymas", "Konsultantas", "Darbo data",
                "Laikas, min.", "Atliktas darbas",
                worked.number(), "2012-10-03", "Ona Onaitė", "Klaida atidarant metinę", "Jonas Jonaitis", "2012-10-04", "50",
                "Sutaisyta ataskaitų šablono klaida", "2012-10-05", "35", "Įdiegta nauja versija", "-10",
                idle.number(), "2012-10-25", "Klausimas dėl licencijos",
                "Laikas pagal darbų rūšis", "Konsultavimas 2 40 0,67", "Papildomi darbai 1 35 0,58", "Iš viso 3 75 1,25",
                "Sutartyje įskaičiuotas ir viršytas laikas", "2012-10 S-2012-7 Konsultavimas 45 60 0",
                "2012-10 S-2012-7 Papildomi darbai 45 0 45");
        assertThat(text).doesNotContain("Lapkričio darbas");
    }

    @Test
    void englishClientsGetEnglishStatementsAndTheCsvOpensInLithuanianExcel() throws Exception {
        jdbc.sql("UPDATE client SET language = 'en' WHERE id = CAST(:id AS uuid)").param("id", client).update();
        String id = make("2012-10-01", "2012-10-31");

        try (var pdf = Loader.loadPDF(admin().get("/api/v1/statements/" + id + "/pdf").bytes())) {
            assertThat(StatementData.text(pdf)).contains("STATEMENT OF THE CONSULTATION JOURNAL", "Request date",
                    "Contact", "Problem description", "Consultant", "Date of work", "Work done", "Consultation", "Total 3 75 1.25");
        }
        var csv = admin().get("/api/v1/statements/" + id + "/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        byte[] bytes = csv.bytes();
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = new ArrayList<>(CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords());
        assertThat(records).hasSize(5);
        assertThat(records.get(0).values()).containsExactly("Request no.", "Request date", "Contact", "Problem description",
                "Consultant", "Date of work", "Time, min", "Time, h", "Kind of work", "Work done");
        assertThat(records.get(1).values()).containsExactly(worked.number(), "2012-10-03", records.get(1).get(2),
                "Klaida atidarant metinę ataskaitą: „Žąsų“ įmonė", "Jonas Jonaitis", "2012-10-04", "50", "0,83",
                "Consultation", "Sutaisyta ataskaitų šablono klaida");
        assertThat(records.get(1).get(2)).startsWith("Ona Onaitė, +37061234567");
        assertThat(records.get(4).get(0)).isEqualTo(idle.number());
        assertThat(records.get(4).get(5)).isEmpty();
        assertThat(csv.text()).doesNotContain("Lapkričio darbas");
    }

    private String make(String from, String to) {
        var made = admin().post("/api/v1/clients/" + client + "/statements", "{\"from\":\"%s\",\"to\":\"%s\"}".formatted(from, to));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        assertThat(made.json().path("requests").asInt()).isEqualTo(2);
        assertThat(made.json().path("entries").asInt()).isEqualTo(3);
        assertThat(made.json().path("minutes").asInt()).isEqualTo(75);
        return made.field("id");
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
