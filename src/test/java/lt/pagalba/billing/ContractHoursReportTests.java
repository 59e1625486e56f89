package lt.pagalba.billing;

import static lt.pagalba.shared.WorkCategory.ADDITIONAL_WORK;
import static lt.pagalba.shared.WorkCategory.CONSULTATION;
import static lt.pagalba.support.ContractBuilder.aContract;
import static lt.pagalba.support.WorkEntryBuilder.aWorkEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lt.pagalba.support.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The contract-hours report (issue 17) against what billing really issues and what the journal's statement says
 * for the same period: the proforma bills exactly the minutes beyond the contract and those without one, the
 * included minutes are the usage's, and the logged minutes are the statement's. On the billing tests' database,
 * in 2002, a year no other test uses, each test in months of its own.
 */
class ContractHoursReportTests extends BillingTestSupport {

    private static final String MAY = "/api/v1/reports/contract-hours?from=2002-05-01&to=2002-05-31";

    @Test
    void aMonthsReportMatchesItsBillingRunTheUsageAndTheStatement() {
        Customer contracted = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(contracted, aContract().from("2002-01-01").monthly().roundedUpTo(15)
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        String fifty = entry(contracted, aWorkEntry().of(50).minutes().on("2002-05-02"));
        entry(contracted, aWorkEntry().of(-20).minutes().on("2002-05-20").correcting(fifty).because("Per daug"));  // 30 -> 30
        entry(contracted, aWorkEntry().of(7).minutes().on("2002-05-03"));                                            // -> 15
        entry(contracted, aWorkEntry().of(100).minutes().on("2002-05-06"));                                          // -> 105
        entry(contracted, aWorkEntry().of(46).minutes().on("2002-05-07").as(ADDITIONAL_WORK));                       // -> 60
        String deleted = entry(contracted, aWorkEntry().of(300).minutes().on("2002-05-08"));
        jdbc.sql("UPDATE work_entry SET deleted_at = now() WHERE id = CAST(:id AS uuid)").param("id", deleted).update();
        entry(contracted, aWorkEntry().of(500).minutes().on("2002-06-03"));                                          // June's
        Customer uncontracted = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\",\"additionalWorkRate\":\"55.00\"}");
        entry(uncontracted, aWorkEntry().of(25).minutes().on("2002-05-09"));
        entry(uncontracted, aWorkEntry().of(35).minutes().on("2002-05-10").as(ADDITIONAL_WORK));

        JsonNode report = accountant().get(MAY).json();
        var run = run("2002-05");

        JsonNode a = item(report, contracted.id());
        assertThat(a.path("contract").asBoolean()).isTrue();
        assertThat(a.path("minutes").asLong()).isEqualTo(30 + 7 + 100 + 46);
        assertThat(a.path("billableMinutes").asLong()).isEqualTo(30 + 15 + 105 + 60);
        assertThat(a.path("includedMinutes").asLong()).isEqualTo(60);
        assertThat(a.path("beyondMinutes").asLong()).isEqualTo(90 + 60);
        assertThat(a.path("withoutContractMinutes").asLong()).isZero();
        assertThat(billedMinutes(invoiceOf(run, contracted.id())))
                .isEqualTo(a.path("beyondMinutes").asLong() + a.path("withoutContractMinutes").asLong());
        JsonNode usage = accountant().get("/api/v1/clients/" + contracted.id() + "/usage?period=2002-05").json();
        long usedIncluded = 0;
        for (JsonNode category : usage.path("categories")) {
            usedIncluded += Math.min(category.path("billableMinutes").asLong(), category.path("includedMinutes").asLong());
        }
        assertThat(a.path("includedMinutes").asLong()).isEqualTo(usedIncluded);
        assertThat(statementMinutes(contracted, "2002-05-01", "2002-05-31")).isEqualTo(a.path("minutes").asLong());

        JsonNode b = item(report, uncontracted.id());
        assertThat(b.path("contract").asBoolean()).isFalse();
        assertThat(b.path("withoutContractMinutes").asLong()).isEqualTo(60).isEqualTo(b.path("billableMinutes").asLong());
        assertThat(b.path("includedMinutes").asLong() + b.path("beyondMinutes").asLong()).isZero();
        assertThat(billedMinutes(invoiceOf(run, uncontracted.id()))).isEqualTo(60);
        assertThat(statementMinutes(uncontracted, "2002-05-01", "2002-05-31")).isEqualTo(60);

        JsonNode totals = report.path("totals");
        long minutes = 0;
        long billable = 0;
        for (JsonNode line : report.path("items")) {
            minutes += line.path("minutes").asLong();
            billable += line.path("billableMinutes").asLong();
            assertThat(line.path("billableMinutes").asLong()).isEqualTo(line.path("includedMinutes").asLong()
                    + line.path("beyondMinutes").asLong() + line.path("withoutContractMinutes").asLong());
        }
        assertThat(totals.path("minutes").asLong()).isEqualTo(minutes);
        assertThat(totals.path("billableMinutes").asLong()).isEqualTo(billable);
        assertThat(report.path("from").asString()).isEqualTo("2002-05-01");
        assertThat(report.path("coveredTo").asString()).isEqualTo("2002-05-31");
        assertThat(a.path("periods").get(0).asString()).isEqualTo("2002-05");
    }

    @Test
    void aQuarterContractIsReportedForItsWholeQuarterAndBilledAtItsEnd() {
        Customer client = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(client, aContract().from("2002-07-01").quarterly().including(120, CONSULTATION).at("40.00")
                .including(0, ADDITIONAL_WORK).at("50.00"));
        String ona = unique("ona");
        staffMember(ona, "CONSULTANT");
        entry(client, aWorkEntry().of(60).minutes().on("2002-07-10").by(ona));
        entry(client, aWorkEntry().of(50).minutes().on("2002-08-12"));
        entry(client, aWorkEntry().of(40).minutes().on("2002-09-16"));
        String ofClient = "&clientId=" + client.id();

        JsonNode august = accountant().get("/api/v1/reports/contract-hours?from=2002-08-01&to=2002-08-31" + ofClient).json();
        JsonNode quarter = accountant().get("/api/v1/reports/contract-hours?from=2002-07-01&to=2002-09-30" + ofClient).json();
        JsonNode ofOna = accountant().get("/api/v1/reports/contract-hours?from=2002-07-01&to=2002-09-30" + ofClient
                + "&consultant=" + ona).json();
        var august_run = run("2002-08");
        var september = run("2002-09");

        JsonNode line = item(august, client.id());
        assertThat(line.path("periods").size()).isEqualTo(1);
        assertThat(line.path("periods").get(0).asString()).isEqualTo("2002-Q3");
        assertThat(august.path("coveredFrom").asString()).isEqualTo("2002-07-01");
        assertThat(august.path("coveredTo").asString()).isEqualTo("2002-09-30");
        assertThat(line.path("minutes").asLong()).as("the whole quarter").isEqualTo(150);
        assertThat(line.path("includedMinutes").asLong()).isEqualTo(120);
        assertThat(line.path("beyondMinutes").asLong()).isEqualTo(30);
        assertThat(item(quarter, client.id())).isEqualTo(line);
        assertThat(invoiceOf(august_run, client.id())).as("a quarter is billed when it ends").isNull();
        assertThat(billedMinutes(invoiceOf(september, client.id()))).isEqualTo(30);
        assertThat(statementMinutes(client, "2002-07-01", "2002-09-30")).isEqualTo(150);

        JsonNode hers = item(ofOna, client.id());
        assertThat(hers.path("minutes").asLong()).isEqualTo(60);
        assertThat(hers.path("includedMinutes").asLong()).as("her share of the included part: 60 × 120 / 150").isEqualTo(48);
        assertThat(hers.path("beyondMinutes").asLong()).isEqualTo(12);
    }

    @Test
    void theSpreadsheetsDownloadedOverHttpHoldWhatTheApiAnswers() throws IOException {
        Customer client = clientWithRequest("{\"period\":\"MONTH\"}");
        contract(client, aContract().from("2002-10-01").monthly().including(30, CONSULTATION).at("40.00")
                .including(0, ADDITIONAL_WORK).at("50.00"));
        entry(client, aWorkEntry().of(45).minutes().on("2002-10-08"));
        Customer other = clientWithRequest("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}");
        entry(other, aWorkEntry().of(20).minutes().on("2002-10-09"));
        String query = "?from=2002-10-01&to=2002-10-31";
        JsonNode json = accountant().get("/api/v1/reports/contract-hours" + query).json();
        String username = unique("buh");
        staffMember(username, "ACCOUNTANT");
        WebSession browser = WebSession.loggedIn(port, username, PASSWORD);

        List<CSVRecord> csv;
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(browser.download("/reports/contract-hours.csv" + query)),
                StandardCharsets.UTF_8)) {
            assertThat(in.read()).as("a byte-order mark for Excel").isEqualTo('\uFEFF');
            csv = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(in).getRecords();
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(browser.download("/reports/contract-hours.xlsx" + query)))) {
            Sheet sheet = book.getSheetAt(0);
            JsonNode items = json.path("items");
            assertThat(csv).hasSize(items.size() + 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(items.size() + 1);
            String[] fields = {"minutes", "billableMinutes", "includedMinutes", "beyondMinutes", "withoutContractMinutes"};
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                CSVRecord record = csv.get(i + 1);
                Row row = sheet.getRow(i + 1);
                assertThat(record.get(0)).isEqualTo(item.path("clientId").asString());
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(item.path("clientId").asString());
                assertThat(record.get(1)).isEqualTo(item.path("name").asString());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(item.path("name").asString());
                for (int f = 0; f < fields.length; f++) {
                    assertThat(Long.parseLong(record.get(4 + f))).as(fields[f]).isEqualTo(item.path(fields[f]).asLong());
                    assertThat((long) row.getCell(4 + f).getNumericCellValue()).as(fields[f]).isEqualTo(item.path(fields[f]).asLong());
                }
            }
            CSVRecord total = csv.get(csv.size() - 1);
            assertThat(total.get(1)).isEqualTo("Iš viso");
            for (int f = 0; f < fields.length; f++) {
                assertThat(Long.parseLong(total.get(4 + f))).isEqualTo(json.path("totals").path(fields[f]).asLong());
                assertThat((long) sheet.getRow(sheet.getLastRowNum()).getCell(4 + f).getNumericCellValue())
                        .isEqualTo(json.path("totals").path(fields[f]).asLong());
            }
        }
        assertThat(item(json, client.id()).path("beyondMinutes").asLong()).isEqualTo(15);
        assertThat(item(json, other.id()).path("withoutContractMinutes").asLong()).isEqualTo(20);
        assertThat(csv.get(0).get(6)).isEqualTo("Įskaičiuotos į sutartį minutės");
    }

    private long statementMinutes(Customer client, String from, String to) {
        var made = admin().post("/api/v1/clients/" + client.id() + "/statements",
                "{\"from\":\"%s\",\"to\":\"%s\",\"send\":false}".formatted(from, to));
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        return made.json().path("minutes").asLong();
    }

    private static long billedMinutes(JsonNode invoice) {
        assertThat(invoice).as("a proforma").isNotNull();
        BigDecimal hours = BigDecimal.ZERO;
        for (JsonNode line : invoice.path("lines")) {
            hours = hours.add(new BigDecimal(line.path("hours").asString()));
        }
        return hours.multiply(BigDecimal.valueOf(60)).longValueExact();
    }

    private static JsonNode item(JsonNode report, String clientId) {
        for (JsonNode line : report.path("items")) {
            if (line.path("clientId").asString().equals(clientId)) {
                return line;
            }
        }
        throw new AssertionError("No line of " + clientId + " in " + report);
    }
}
