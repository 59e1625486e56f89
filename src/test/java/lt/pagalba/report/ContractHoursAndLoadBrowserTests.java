package lt.pagalba.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.nio.file.Files;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.ContractBuilder;
import lt.pagalba.support.Fixtures;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract-hours and load reports in a real Chromium, as the accountant reaches them from /reports and
 * filters them: work of April 2003, a month no other test writes into.
 */
class ContractHoursAndLoadBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAccountantOpensBothReportsFromTheReportsPageAndFiltersThem() throws IOException {
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        String petras = unique("petras");
        staffMember(petras, "CONSULTANT");
        String contracted = client(unique("UAB „Sutartis“ "));
        var contract = admin().post("/api/v1/clients/" + contracted + "/contracts", ContractBuilder.aContract().from("2003-01-01")
                .monthly().including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK)
                .at("50.00").json());
        assertThat(contract.status()).as(contract.text()).isEqualTo(201);
        String other = client(unique("UAB „Be sutarties“ "));
        String request = requestOf(contracted);
        aWorkEntry().of(90).minutes().on("2003-04-07").by(ona).writtenInto(jdbc, contracted, request);
        aWorkEntry().of(30).minutes().on("2003-04-08").by(petras).as(ADDITIONAL_WORK).writtenInto(jdbc, contracted, request);
        aWorkEntry().of(45).minutes().on("2003-04-09").by(ona).writtenInto(jdbc, other, requestOf(other));
        String accountant = unique("buh");
        staffMember(accountant, "ACCOUNTANT");

        logIn(accountant, PASSWORD);
        page.click("nav.modules >> text=Ataskaitos");
        page.click("#report-menu-contract-hours");
        assertThat(page.locator("h1")).hasText("Sutarčių valandos");
        page.fill("#from", "2003-04-01");
        page.fill("#to", "2003-04-30");
        page.click("#show");

        var row = page.locator("#contract-hours-table tr[data-key='" + contracted + "']");
        assertThat(row.locator(".minutes")).hasText("2:00");
        assertThat(row.locator(".included")).hasText("1:00");
        assertThat(row.locator(".beyond")).hasText("1:00");
        assertThat(row.locator(".periods")).hasText("2003-04");
        assertThat(page.locator("#contract-hours-table tr[data-key='" + other + "'] .without")).hasText("0:45");
        assertThat(page.locator("#contract-hours-total .billable")).hasText("2:45");
        assertThat(page.locator("#contract-hours-chart g.bar")).hasCount(2);
        assertThat(page.locator("#covered")).containsText("2003-04-01");

        page.selectOption("#consultant", ona);
        page.click("#show");
        assertThat(page.locator("#consultant")).hasValue(ona);
        assertThat(row.locator(".minutes")).hasText("1:30");
        // her consultations are all the client's: the included hour is hers
        assertThat(row.locator(".included")).hasText("1:00");
        assertThat(row.locator(".beyond")).hasText("0:30");
        page.click("#contract-hours-table tr[data-key='" + other + "'] a.client-link");
        assertThat(page.locator("#client-filter")).containsText("UAB „Be sutarties“");
        assertThat(page.locator("#contract-hours-table tbody tr")).hasCount(1);
        Download xlsx = page.waitForDownload(() -> page.click("#download-xlsx"));
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(other);
            assertThat(book.getSheetAt(0).getRow(1).getCell(8).getNumericCellValue()).isEqualTo(45.0);
        }

        page.click("#report-menu-load");
        assertThat(page.locator("h1")).hasText("Konsultantų apkrova");
        page.fill("#from", "2003-04-01");
        page.fill("#to", "2003-04-30");
        page.selectOption("#category", "ADDITIONAL_WORK");
        page.click("#show");
        assertThat(page.locator("#category")).hasValue("ADDITIONAL_WORK");
        assertThat(page.locator("#working-days")).containsText("21");  // 22 weekdays less Easter Monday, 21 April
        assertThat(page.locator("#load-table tr[data-key='" + petras + "'] .minutes")).hasText("0:30");
        assertThat(page.locator("#load-table tr[data-key='" + ona + "'] .minutes")).hasText("0:00");
        assertThat(page.locator("#load-chart g.bar[data-key='" + petras + "']")).hasCount(1);
        page.selectOption("#category", "");
        page.selectOption("#consultant", ona);
        page.click("#show");
        assertThat(page.locator("#load-table tbody tr")).hasCount(1);
        assertThat(page.locator("#load-table tr[data-key='" + ona + "'] .minutes")).hasText("2:15");
        assertThat(page.locator("#load-table tr[data-key='" + ona + "'] .per-day")).hasText("0:06");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsToldBesideTheField() {
        logIn(ADMIN, ADMIN_PASSWORD);
        for (String report : new String[] {"contract-hours", "load"}) {
            page.navigate(url("/reports/" + report + "?from=2003-03-31&to=2003-03-01"));
            assertThat(page.locator("#period-error")).hasText("Laikotarpio pabaiga negali būti ankstesnė už jo pradžią.");
        }
    }

    private String requestOf(String client) {
        var body = Fixtures.phoneRequest(null, "ona@sutartis.lt");
        body.put("clientId", client);
        return admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body)).field("id");
    }
}
