package lt.pagalba.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.mail.Outbox;
import lt.pagalba.mail.OutboxMessage;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's revenue, unpaid proformas and feedback pages in a real Chromium, as the manager (an accountant)
 * uses them: February 2001 is billed by a real run and rated, a month no other test bills or rates in.
 */
class MoneyReportsBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/atsiliepimas/([A-Za-z0-9_-]+)\\?lang=(lt|en))");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Test
    void theManagerOpensEachMoneyReportAndFiltersIt() throws IOException {
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        String accountant = unique("buh");
        var books = staffMember(accountant, "ACCOUNTANT");
        String without = client(unique("UAB „Be sutarties“ "));
        String contracted = client(unique("UAB „Su sutartimi“ "));
        admin().post("/api/v1/clients/" + contracted + "/contracts", aContract().from("2001-01-01").monthly().roundedUpTo(1).atLeast(0)
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00").json());
        String request = requestOf(without);
        aWorkEntry().of(60).minutes().on("2001-02-05").by(ona).writtenInto(jdbc, without, request);      // 45,00
        aWorkEntry().of(90).minutes().on("2001-02-06").by(ona).writtenInto(jdbc, contracted, requestOf(contracted)); // 20,00
        var run = books.post("/api/v1/billing-runs", "{\"period\":\"2001-02\"}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        rate(without, ona, "5");
        rate(without, ona, "2");
        rate(contracted, ona, "4");

        logIn(accountant, PASSWORD);
        page.click("nav.modules >> text=Ataskaitos");
        page.click("#report-revenue");
        assertThat(page.locator("h1")).hasText("Pajamos");
        page.fill("#from", "2001-02-01");
        page.fill("#to", "2001-02-28");
        page.click("#show");
        assertThat(page.locator("#revenue-total .net")).hasText("65,00 €");
        assertThat(page.locator("#revenue-total .beyond")).hasText("20,00 €");
        assertThat(page.locator("#revenue-total .without")).hasText("45,00 €");
        assertThat(page.locator("#revenue-chart g")).hasCount(1);
        assertThat(page.locator("#revenue-hint")).containsText("ne pagal konsultantą ar kategoriją");
        page.click("#clients-table tr[data-key='" + without + "'] a.client-link");
        assertThat(page.locator("#client-filter")).containsText("UAB „Be sutarties“");
        assertThat(page.locator("#revenue-total .net")).hasText("45,00 €");
        assertThat(page.locator("#revenue-total .gross")).hasText("54,45 €");
        Download csv = page.waitForDownload(() -> page.click("#download-csv"));
        List<CSVRecord> records;
        try (Reader in = new InputStreamReader(Files.newInputStream(csv.path()), StandardCharsets.UTF_8)) {
            assertThat(in.read()).isEqualTo('\uFEFF');
            records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(in).getRecords();
        }
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(1)).isEqualTo(without);
        assertThat(records.get(2).get(3)).isEqualTo("45,00");

        page.click("#back-to-reports");
        page.click("#report-receivables");
        page.fill("#on", Vilnius.today().plusDays(45).toString());
        page.click("#show");
        page.click("#items-table tr:has(a:text('UAB „Be sutarties“')) a.client-link");
        assertThat(page.locator("#client-filter")).containsText("UAB „Be sutarties“");
        assertThat(page.locator("#bucket-DAYS_31_60 .count")).hasText("1");
        assertThat(page.locator("#bucket-DAYS_31_60 .gross")).hasText("54,45 €");
        assertThat(page.locator("#receivables-overdue .gross")).hasText("54,45 €");
        assertThat(page.locator("#items-table .days")).hasText("31");
        assertThat(page.locator("#receivables-chart g")).hasCount(5);
        page.fill("#on", Vilnius.today().toString());
        page.click("#show");
        assertThat(page.locator("#client-filter")).containsText("UAB „Be sutarties“");
        assertThat(page.locator("#bucket-NOT_DUE .count")).hasText("1");
        assertThat(page.locator("#receivables-overdue .gross")).hasText("0,00 €");
        Download xlsx = page.waitForDownload(() -> page.click("#download-xlsx"));
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(54.45);
        }

        page.click("#back-to-reports");
        page.click("#report-feedback");
        page.fill("#from", "2001-02-01");
        page.fill("#to", "2001-02-28");
        page.selectOption("#consultant", ona);
        page.click("#show");
        assertThat(page.locator("#consultant")).hasValue(ona);
        var row = page.locator("#items-table tr[data-consultant='" + ona + "'][data-month='2001-02']");
        assertThat(row.locator(".count")).hasText("3");
        assertThat(row.locator(".average")).hasText("3,67");
        assertThat(row.locator(".low-percent")).hasText("33,3 %");
        assertThat(page.locator("#feedback-chart g")).hasCount(1);
        page.navigate(url("/reports/feedback?from=2001-02-01&to=2001-02-28&consultant=" + ona + "&clientId=" + without));
        assertThat(page.locator("#client-filter")).containsText("UAB „Be sutarties“");
        assertThat(page.locator("#overall .average")).hasText("3,50");
    }

    @Test
    void aConsultantHasNoMoneyReports() {
        String consultant = unique("kons");
        staffMember(consultant, "CONSULTANT");
        logIn(consultant, PASSWORD);

        for (String report : List.of("/reports/revenue", "/reports/receivables", "/reports/feedback")) {
            assertThat(page.navigate(url(report)).status()).as(report).isEqualTo(403);
        }
    }

    private String requestOf(String client) {
        var body = Fixtures.phoneRequest(null, unique("k") + "@pajamos.lt");
        body.put("clientId", client);
        return admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
    }

    /** A request of the client closed with the consultant as its lead, rated through its link, answered in February 2001. */
    private void rate(String client, String consultant, String rating) {
        String request = requestOf(client);
        admin().post("/api/v1/requests/" + request + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant));
        admin().post("/api/v1/requests/" + request + "/status", "{\"status\": \"CLOSED\"}");
        OutboxMessage mail = await().atMost(Duration.ofSeconds(15)).until(() -> outbox.forRequest(RequestId.parse(request)).stream()
                .filter(m -> m.kind().equals("FEEDBACK")).findFirst().orElse(null), m -> m != null);
        Matcher link = LINK.matcher(mail.bodyText());
        assertThat(link.find()).isTrue();
        new WebSession(port).submit(link.group(1), "/atsiliepimas/" + link.group(2), Map.of("rating", rating, "comment", ""));
        int moved = jdbc.sql("UPDATE feedback_response SET answered_at = :at WHERE request_id = :id")
                .param("at", YearMonth.of(2001, 2).atDay(15).atTime(12, 0).atZone(Vilnius.ZONE).toOffsetDateTime())
                .param("id", UUID.fromString(request)).update();
        assertThat(moved).isEqualTo(1);
    }
}
