package lt.pagalba.report;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import lt.pagalba.servicelevel.WorkingCalendar;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consultants' load over the API and as spreadsheets (issue 17), and what both new reports refuse and to whom.
 * Work of 2001, a year no other test writes into.
 */
class LoadAndContractHoursApiTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWeekWithAPublicHolidayHasFourWorkingDaysAndTheLoadIsCountedOnThem() {
        // 2001-02-12 is a Monday; Friday 16 February is the Day of the Restoration of the State of Lithuania
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        String petras = unique("petras");
        staffMember(petras, "CONSULTANT");
        String client = client(unique("UAB „Apkrova“ "));
        String request = requestOf(client);
        String first = aWorkEntry().of(200).minutes().on("2001-02-12").by(ona).writtenInto(jdbc, client, request);
        aWorkEntry().of(-50).minutes().on("2001-02-20").by(ona).correcting(first).because("Per daug").writtenInto(jdbc, client, request);
        aWorkEntry().of(151).minutes().on("2001-02-14").by(ona).as(ADDITIONAL_WORK).writtenInto(jdbc, client, request);
        String deleted = aWorkEntry().of(400).minutes().on("2001-02-15").by(ona).writtenInto(jdbc, client, request);
        jdbc.sql("UPDATE work_entry SET deleted_at = now() WHERE id = CAST(:id AS uuid)").param("id", deleted).update();
        aWorkEntry().of(60).minutes().on("2001-02-13").by(petras).writtenInto(jdbc, client, request);
        aWorkEntry().of(60).minutes().on("2001-02-19").by(petras).writtenInto(jdbc, client, request);  // the week after

        JsonNode week = admin().get("/api/v1/reports/load?from=2001-02-12&to=2001-02-18").json();
        JsonNode ofOna = admin().get("/api/v1/reports/load?from=2001-02-12&to=2001-02-18&consultant=" + ona).json();
        JsonNode additional = admin().get("/api/v1/reports/load?from=2001-02-12&to=2001-02-18&category=ADDITIONAL_WORK&clientId="
                + client).json();

        assertThat(week.path("workingDays").asInt()).isEqualTo(4)
                .isEqualTo(ConsultantLoad.workingDays(WorkingCalendar.standard(), LocalDate.of(2001, 2, 12), LocalDate.of(2001, 2, 18)));
        JsonNode her = item(week, ona);
        assertThat(her.path("minutes").asLong()).as("the correction counts, the deleted entry not").isEqualTo(150 + 151);
        assertThat(her.path("minutesPerWorkingDay").asLong()).as("301 / 4 = 75.25").isEqualTo(75);
        assertThat(her.path("name").asString()).isEqualTo("Jonas Jonaitis");
        assertThat(item(week, petras).path("minutes").asLong()).isEqualTo(60);
        assertThat(item(week, petras).path("minutesPerWorkingDay").asLong()).isEqualTo(15);
        long sum = 0;
        for (JsonNode line : week.path("items")) {
            sum += line.path("minutes").asLong();
        }
        assertThat(week.path("totalMinutes").asLong()).isEqualTo(sum);
        assertThat(ofOna.path("items")).hasSize(1);
        assertThat(ofOna.path("totalMinutes").asLong()).isEqualTo(301);
        assertThat(additional.path("items")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(additional.path("totalMinutes").asLong()).isEqualTo(151);
        assertThat(admin().get("/api/v1/reports/load?from=2001-02-10&to=2001-02-11").json().path("workingDays").asInt())
                .as("a weekend").isZero();
        assertThat(admin().get("/api/v1/reports/load?from=2001-02-01&to=2001-02-28").json().path("workingDays").asInt())
                .as("20 weekdays less 16 February").isEqualTo(19);
    }

    @Test
    void theLoadSpreadsheetsDownloadedOverHttpHoldWhatTheApiAnswers() throws IOException {
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        String client = client(unique("UAB „Lentelė“ "));
        aWorkEntry().of(95).minutes().on("2001-03-05").by(ona).writtenInto(jdbc, client, requestOf(client));
        String query = "?from=2001-03-01&to=2001-03-31";
        JsonNode json = admin().get("/api/v1/reports/load" + query).json();
        WebSession browser = WebSession.loggedIn(port, ADMIN, ADMIN_PASSWORD);

        List<CSVRecord> csv;
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(browser.download("/reports/load.csv" + query)), StandardCharsets.UTF_8)) {
            assertThat(in.read()).isEqualTo('\uFEFF');
            csv = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(in).getRecords();
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(browser.download("/reports/load.xlsx" + query)))) {
            Sheet sheet = book.getSheetAt(0);
            JsonNode items = json.path("items");
            assertThat(csv).hasSize(items.size() + 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(items.size() + 1);
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                assertThat(csv.get(i + 1).get(0)).isEqualTo(item.path("consultant").asString());
                assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(item.path("consultant").asString());
                assertThat(Long.parseLong(csv.get(i + 1).get(2))).isEqualTo(item.path("minutes").asLong());
                assertThat((long) sheet.getRow(i + 1).getCell(2).getNumericCellValue()).isEqualTo(item.path("minutes").asLong());
                assertThat(Integer.parseInt(csv.get(i + 1).get(3))).isEqualTo(json.path("workingDays").asInt());
                assertThat(Long.parseLong(csv.get(i + 1).get(4))).isEqualTo(item.path("minutesPerWorkingDay").asLong());
                assertThat((long) sheet.getRow(i + 1).getCell(4).getNumericCellValue()).isEqualTo(item.path("minutesPerWorkingDay").asLong());
            }
            assertThat(Long.parseLong(csv.get(csv.size() - 1).get(2))).isEqualTo(json.path("totalMinutes").asLong());
            assertThat((long) sheet.getRow(sheet.getLastRowNum()).getCell(2).getNumericCellValue()).isEqualTo(json.path("totalMinutes").asLong());
        }
        assertThat(item(json, ona).path("minutes").asLong()).isEqualTo(95);
        assertThat(json.path("workingDays").asInt()).as("22 weekdays less 11 March (a Sunday in 2001)").isEqualTo(22);
    }

    @Test
    void aWrongPeriodOrAnUnknownConsultantOrClientIsNamedNotAnEmptyReport() {
        for (String report : List.of("contract-hours", "load")) {
            String path = "/api/v1/reports/" + report;
            var backwards = admin().get(path + "?from=2001-05-31&to=2001-05-01");
            var notADate = admin().get(path + "?from=gegužė");
            var nobody = admin().language("en").get(path + "?consultant=nobody-" + unique("x"));
            var noClient = admin().get(path + "?clientId=" + java.util.UUID.randomUUID());
            var notAnId = admin().get(path + "?clientId=ne-id");
            var category = admin().get(path + "?category=WEATHER");
            var longAgo = admin().get(path + "?from=1800-01-01&to=1800-01-31");

            assertThat(backwards.status()).as(report).isEqualTo(422);
            assertThat(backwards.errorFields()).containsExactly("to");
            assertThat(notADate.status()).as(report).isEqualTo(400);
            assertThat(notADate.text()).contains("from");
            assertThat(nobody.status()).as(report).isEqualTo(422);
            assertThat(nobody.errorFields()).containsExactly("consultant");
            assertThat(nobody.text()).contains("There is no such staff member");
            assertThat(noClient.status()).as(report).isEqualTo(422);
            assertThat(noClient.errorFields()).containsExactly("clientId");
            assertThat(notAnId.status()).as(report).isBetween(400, 499);
            assertThat(longAgo.status()).as(report).isEqualTo(422);
            assertThat(longAgo.errorFields()).containsExactly("from");
            assertThat(category.status()).as(report).isEqualTo(400);
            assertThat(category.text()).contains("category");
        }
    }

    @Test
    void onlyAdministratorsAndAccountantsSeeTheReports() {
        var consultant = staffMember(unique("kons"), "CONSULTANT");
        var accountant = staffMember(unique("buh"), "ACCOUNTANT");
        String username = unique("kons");
        staffMember(username, "CONSULTANT");
        WebSession consultantsBrowser = WebSession.loggedIn(port, username, PASSWORD);

        for (String report : List.of("contract-hours", "load")) {
            assertThat(consultant.get("/api/v1/reports/" + report).status()).isEqualTo(403);
            assertThat(api().get("/api/v1/reports/" + report).status()).isEqualTo(401);
            assertThat(accountant.get("/api/v1/reports/" + report).status()).isEqualTo(200);
            assertThat(admin().get("/api/v1/reports/" + report).status()).isEqualTo(200);
            assertThat(consultantsBrowser.get("/reports/" + report).status()).isEqualTo(403);
            assertThat(consultantsBrowser.get("/reports/" + report + ".csv").status()).isEqualTo(403);
            assertThat(consultantsBrowser.get("/reports/" + report + ".xlsx").status()).isEqualTo(403);
        }
    }

    private String requestOf(String client) {
        var body = Fixtures.phoneRequest(null, "ona@apkrova.lt");
        body.put("clientId", client);
        return admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body)).field("id");
    }

    private static JsonNode item(JsonNode report, String consultant) {
        for (JsonNode line : report.path("items")) {
            if (line.path("consultant").asString().equals(consultant)) {
                return line;
            }
        }
        throw new AssertionError("No line of " + consultant + " in " + report);
    }
}
