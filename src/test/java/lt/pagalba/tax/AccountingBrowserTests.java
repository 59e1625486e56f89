package lt.pagalba.tax;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14, "What to add" 5: on the Accounting page the accountant sees that the job of the 10th is
 * still to run and whose VAT invoice it would refuse and why, runs it, sees what it did, and
 * downloads the month's i.SAF file, the sales register and every document's PDF and e-invoice.
 */
@TestPropertySource(properties = "spring.application.name=pagalba-accounting-tests")
class AccountingBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAccountantRunsTheTenthsJobSeesWhatItDidAndDownloadsTheMonthsFiles() throws Exception {
        YearMonth last = YearMonth.from(Vilnius.today()).minusMonths(1);
        String username = unique("buh");
        staffMember(username, "ACCOUNTANT");
        String complete = clientWithRate("{\"name\":\"%s\",\"companyCode\":\"%s\",\"address\":\"Gedimino pr. 9, LT-01103 Vilnius\","
                .formatted(unique("UAB Pilna "), companyCode()));
        String incompleteName = unique("UAB Skambutis ");
        String incomplete = clientWithRate("{\"name\":\"%s\",".formatted(incompleteName));
        work(complete, last);
        work(incomplete, last);
        assertThat(api().basic(username, PASSWORD).post("/api/v1/billing-runs", "{\"period\":\"%s\"}".formatted(last)).status())
                .isEqualTo(200);

        logIn(username, PASSWORD);
        page.click("#nav-accounting");
        assertThat(page.locator("#vat-invoice-job")).containsText("Dar nevykdyta.");
        assertThat(page.locator("#refused .due-refusal")).containsText(incompleteName);
        assertThat(page.locator("#refused .due-refusal")).containsText("gatvės, miesto, įmonės kodo");

        page.click("#run-job button[type=submit]");
        assertThat(page.locator("#vat-invoice-job .run")).hasCount(1);
        assertThat(page.locator("#vat-invoice-job .run td.num").nth(0)).hasText("1");
        assertThat(page.locator("#vat-invoice-job .run td.num").nth(1)).hasText("1");
        assertThat(page.locator("#refused .refusal")).containsText(incompleteName);
        String number = api().basic(username, PASSWORD).get("/api/v1/invoices?clientId=" + complete + "&type=VAT_INVOICE").json()
                .path("items").get(0).path("number").asString();
        assertThat(page.locator("#documents .document")).hasCount(1);
        assertThat(page.locator("#documents .document")).containsText(number);

        String isaf = text(page.waitForDownload(() -> page.click("#isaf")));
        assertThat(isaf).contains("<InvoiceNo>" + number + "</InvoiceNo>", "<DataType>S</DataType>");
        byte[] csv = bytes(page.waitForDownload(() -> page.click("#register-csv")));
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF").contains(number);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes(page.waitForDownload(() -> page.click("#register-xlsx")))))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
        }
        assertThat(text(page.waitForDownload(() -> page.click("#documents .document a.xml")))).contains("<cbc:ID>" + number + "</cbc:ID>");
        try (var pdf = Loader.loadPDF(bytes(page.waitForDownload(() -> page.click("#documents .document a.pdf"))))) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void onlyTheAccountantSeesThePage() {
        String username = unique("kons");
        staffMember(username, "CONSULTANT");
        logIn(username, PASSWORD);

        assertThat(page.locator("#nav-accounting")).hasCount(0);
        var response = page.navigate(url("/accounting"));
        assertThat(response.status()).isEqualTo(403);
    }

    private String clientWithRate(String start) {
        var created = admin().post("/api/v1/clients", start + "\"billing\":{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    private void work(String clientId, YearMonth month) {
        var request = Fixtures.phoneRequest(null, "o@apskaita.lt");
        request.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(request)).field("id");
        aWorkEntry().of(60).minutes().on(month.atDay(5).toString()).writtenInto(jdbc, clientId, requestId);
    }

    private static byte[] bytes(Download download) throws Exception {
        return Files.readAllBytes(download.path());
    }

    private static String text(Download download) throws Exception {
        return new String(bytes(download), StandardCharsets.UTF_8);
    }
}
