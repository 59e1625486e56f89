package lt.pagalba.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports page in a real Chromium, as an accountant uses it: February 2005, a month no other test
 * writes work into, so its figures are this test's own.
 */
class ReportsBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAccountantFiltersTheHoursByConsultantAndDownloadsThem() throws IOException {
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        String client = client(unique("UAB „Ataskaita“ "));
        var body = Fixtures.phoneRequest(null, "ona@ataskaita.lt");
        body.put("clientId", client);
        String request = admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body)).field("id");
        aWorkEntry().of(50).minutes().on("2005-02-07").by(ona).writtenInto(jdbc, client, request);
        aWorkEntry().of(40).minutes().on("2005-02-08").by(ona).writtenInto(jdbc, client, request);
        String accountant = unique("buh");
        staffMember(accountant, "ACCOUNTANT");

        logIn(accountant, PASSWORD);
        page.click("nav.modules >> text=Ataskaitos");
        assertThat(page.locator("h1")).hasText("Ataskaitos");
        page.fill("#from", "2005-02-01");
        page.fill("#to", "2005-02-28");
        page.selectOption("#by", "CONSULTANT");
        page.click("#show");

        var row = page.locator("#hours-table tr[data-key='" + ona + "']");
        assertThat(row.locator("td").first()).hasText("Jonas Jonaitis");
        assertThat(row.locator(".minutes")).hasText("1:30");
        assertThat(page.locator("#hours-total")).containsText("1:30");
        assertThat(page.locator("#hours-chart .hours-bar")).hasCount(1);
        assertThat(page.locator("#level-firstContact .met")).hasText("0");

        Download csv = page.waitForDownload(() -> page.click("#download-csv"));
        List<CSVRecord> records;
        try (Reader in = new InputStreamReader(Files.newInputStream(csv.path()), StandardCharsets.UTF_8)) {
            assertThat(in.read()).as("a byte-order mark for Excel").isEqualTo('\uFEFF');
            records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(in).getRecords();
        }
        assertThat(records.get(0).get(1)).isEqualTo("Pavadinimas");
        assertThat(records.get(1).get(0)).isEqualTo(ona);
        assertThat(records.get(1).get(2)).isEqualTo("90");
        assertThat(records.get(1).get(4)).isEqualTo("1,50");
        assertThat(records.get(2).get(1)).isEqualTo("Iš viso");

        Download xlsx = page.waitForDownload(() -> page.click("#download-xlsx"));
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Jonas Jonaitis");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(90.0);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.5);
        }
    }

    @Test
    void theAdministratorNarrowsTheReportsToOneClientAndCategoryAndBackToAll() throws IOException {
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        String client = client(unique("UAB „Filtruojamas“ "));
        String other = client(unique("UAB „Kitas“ "));
        String request = requestOf(client);
        aWorkEntry().of(30).minutes().on("2005-03-07").by(ona).writtenInto(jdbc, client, request);
        aWorkEntry().of(45).minutes().on("2005-03-08").by(ona).as(ADDITIONAL_WORK).writtenInto(jdbc, client, request);
        aWorkEntry().of(20).minutes().on("2005-03-09").writtenInto(jdbc, other, requestOf(other));

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/reports?from=2005-03-01&to=2005-03-31"));
        assertThat(page.locator("#hours-total")).containsText("1:35");
        page.click("#hours-table tr[data-key='" + client + "'] a.client-link");
        assertThat(page.locator("#client-filter")).containsText("UAB „Filtruojamas“");
        assertThat(page.locator("#hours-total")).containsText("1:15");
        page.selectOption("#category", "ADDITIONAL_WORK");
        page.selectOption("#consultant", ona);
        page.click("#show");

        assertThat(page.locator("#client-filter")).containsText("UAB „Filtruojamas“");
        assertThat(page.locator("#category")).hasValue("ADDITIONAL_WORK");
        assertThat(page.locator("#hours-total")).containsText("0:45");
        Download csv = page.waitForDownload(() -> page.click("#download-csv"));
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).contains(client).doesNotContain(other).contains(";45;");
        page.click("#all-clients");
        assertThat(page.locator("#client-filter")).hasCount(0);
        assertThat(page.locator("#category")).hasValue("ADDITIONAL_WORK");
        assertThat(page.locator("#hours-total")).containsText("0:45");

        // its requests came this month: the service levels by client list it alone, the requests count it
        page.navigate(url("/reports?clientId=" + client));
        assertThat(page.locator("#levels-byClient tbody tr")).hasCount(1);
        assertThat(page.locator("#levels-byClient tr[data-key='" + client + "']")).containsText("UAB „Filtruojamas“");
        assertThat(page.locator("#requests-total td").nth(0)).hasText("1");
        assertThat(page.locator("#age-UNDER_1_DAY td")).hasText("1");
        page.selectOption("#step", "WEEK");
        page.click("#show");
        assertThat(page.locator("#step")).hasValue("WEEK");
        assertThat(page.locator("#requests-chart g")).hasCount((int) page.locator("#requests-table tbody tr").count());
        assertThat(page.locator("#requests-total td").nth(3)).hasText("1");
        Download requests = page.waitForDownload(() -> page.click("#requests-xlsx"));
        try (var book = new XSSFWorkbook(Files.newInputStream(requests.path()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Telefonu");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Iš viso");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(4).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    private String requestOf(String client) {
        var body = Fixtures.phoneRequest(null, "ona@ataskaita.lt");
        body.put("clientId", client);
        return admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body)).field("id");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsToldBesideTheField() {
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/reports?from=2005-03-31&to=2005-03-01&by=CATEGORY"));

        assertThat(page.locator("#period-error")).hasText("Laikotarpio pabaiga negali būti ankstesnė už jo pradžią.");
        assertThat(page.locator("#by")).hasValue("CATEGORY");
    }

    @Test
    void aConsultantHasNoReports() {
        String consultant = unique("kons");
        staffMember(consultant, "CONSULTANT");
        logIn(consultant, PASSWORD);

        assertThat(page.locator("nav.modules >> text=Ataskaitos")).hasCount(0);
        var answer = page.navigate(url("/reports"));
        assertThat(answer.status()).isEqualTo(403);
    }
}
