package lt.pagalba.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, "What to add" 4: the month's sales register opens in Lithuanian Excel as CSV (UTF-8 with a
 * byte order mark, {@code ;}, decimal comma) and as XLSX (real dates and numbers), a row per document.
 */
class SalesRegisterTests extends RealisticMonth {

    @BeforeEach
    void theMonth() {
        month();
    }

    @Test
    void asCsvItIsWhatLithuanianExcelOpens() throws Exception {
        HttpResponse<byte[]> csv = get("/api/v1/tax/sales-register?period=" + ISSUED, "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = csv.body();
        assertThat(new byte[]{body[0], body[1], body[2]}).isEqualTo(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("Numeris", "Išrašymo data", "Tiekimo data", "Pirkėjas", "Įmonės kodas",
                "PVM mokėtojo kodas", "Suma be PVM", "PVM", "Suma su PVM", "Tipas", "Koreguojamas dokumentas");
        assertThat(rows).hasSize(documents.size() + 1);
        for (String id : documents) {
            JsonNode document = accountant().get("/api/v1/invoices/" + id).json();
            CSVRecord row = rows.stream().filter(r -> r.get(0).equals(document.path("number").asString())).findFirst().orElseThrow();
            assertThat(row.get(1)).isEqualTo(document.path("issueDate").asString());
            assertThat(row.get(2)).isEqualTo(document.path("supplyDate").asString());
            assertThat(row.get(3)).isEqualTo(document.path("buyer").path("name").asString());
            assertThat(row.get(6)).isEqualTo(document.path("net").asString().replace('.', ','));
            assertThat(row.get(8)).isEqualTo(document.path("gross").asString().replace('.', ','));
            assertThat(row.get(9)).isIn("PVM sąskaita faktūra", "Kreditinė PVM sąskaita faktūra");
        }
    }

    @Test
    void asXlsxItHasRealDatesAndNumbers() throws Exception {
        var xlsx = accountant().get("/api/v1/tax/sales-register?period=" + ISSUED);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(documents.size());
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ISSUED.atDay(1).withDayOfMonth(
                    first.getCell(1).getLocalDateTimeCellValue().getDayOfMonth()));
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            double net = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                net += sheet.getRow(r).getCell(6).getNumericCellValue();
            }
            double expected = 0;
            for (String id : documents) {
                expected += Double.parseDouble(accountant().get("/api/v1/invoices/" + id).field("net"));
            }
            assertThat(net).isCloseTo(expected, offset(0.001));
        }
        assertThat(staffMember(unique("k"), "CONSULTANT").get("/api/v1/tax/sales-register?period=" + ISSUED).status()).isEqualTo(403);
    }

    private HttpResponse<byte[]> get(String path, String accept) throws Exception {
        String username = unique("reg");
        staffMember(username, "ACCOUNTANT");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).header("Accept-Language", "lt")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
