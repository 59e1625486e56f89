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
import java.time.LocalDate;
import java.util.List;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.Api;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's money reports against the documents real billing runs issued: revenue by supply month and
 * client is the sum of the live proformas less the credit notes, split by whether a contract governed the
 * month; unpaid proformas fall into their age on a day. Billed months are of 2003, a year no other test
 * uses, so the report of those months is this test's own.
 */
class MoneyReportsTests extends BillingTestSupport {

    private static final String PERIOD = "from=2003-02-01&to=2003-03-31";

    @Test
    void revenueOfTwoMonthsIsTheSumOfTheirProformasLessTheCreditNotes() throws IOException {
        Customer contracted = client("{\"period\":\"MONTH\"}", 14);
        contract(contracted, aContract().from("2003-01-01").monthly().roundedUpTo(1).atLeast(0)
                .including(60, CONSULTATION).at("40.00").including(0, ADDITIONAL_WORK).at("50.00"));
        entry(contracted, aWorkEntry().of(120).minutes().on("2003-02-03"));     // 60 beyond the hour: 40,00
        entry(contracted, aWorkEntry().of(90).minutes().on("2003-03-04"));      // 30 beyond: 20,00
        Customer without = client("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}", 14);
        entry(without, aWorkEntry().of(60).minutes().on("2003-02-05"));         // 45,00
        entry(without, aWorkEntry().of(30).minutes().on("2003-03-05"));         // 22,50
        Customer cancelled = client("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}", 14);
        entry(cancelled, aWorkEntry().of(60).minutes().on("2003-02-06"));

        var february = run("2003-02");
        String cancelledProforma = invoiceOf(february, cancelled.id()).path("id").asString();
        assertThat(accountant().post("/api/v1/invoices/" + cancelledProforma + "/cancel", "").status()).isEqualTo(200);
        String proforma = invoiceOf(february, without.id()).path("id").asString();
        var paid = accountant().post("/api/v1/invoices/" + proforma + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        JsonNode vatInvoice = accountant().get("/api/v1/invoices/" + paid.field("vatInvoice")).json();
        var credit = accountant().post("/api/v1/invoices/" + vatInvoice.path("id").asString() + "/credit-notes",
                "{\"lines\":[{\"line\":\"%s\",\"minutes\":15}],\"reason\":\"Per daug įrašyta\"}"
                        .formatted(vatInvoice.path("lines").get(0).path("id").asString()));
        assertThat(credit.status()).as(credit.text()).isEqualTo(201);
        assertThat(credit.field("net")).isEqualTo("-11.25");
        run("2003-03");

        var report = accountant().get("/api/v1/reports/revenue?" + PERIOD).json();

        Sums expected = documents(contracted).plus(documents(without)).plus(documents(cancelled));
        assertThat(money(report.path("totals"), "net")).isEqualByComparingTo(expected.net);
        assertThat(money(report.path("totals"), "vat")).isEqualByComparingTo(expected.vat);
        assertThat(money(report.path("totals"), "gross")).isEqualByComparingTo(expected.gross);
        assertThat(money(report.path("totals"), "beyondContractNet")).isEqualByComparingTo("60.00");
        assertThat(money(report.path("totals"), "withoutContractNet")).isEqualByComparingTo(expected.net.subtract(new BigDecimal("60.00")));
        JsonNode ofContracted = item(report.path("clients"), "clientId", contracted.id());
        assertThat(ofContracted.path("net").asString()).isEqualTo("60.00");
        assertThat(ofContracted.path("beyondContractNet").asString()).isEqualTo("60.00");
        assertThat(ofContracted.path("withoutContractNet").asString()).isEqualTo("0.00");
        JsonNode ofWithout = item(report.path("clients"), "clientId", without.id());
        assertThat(ofWithout.path("net").asString()).as("45,00 - 11,25 + 22,50").isEqualTo("56.25");
        assertThat(ofWithout.path("creditNotes").asInt()).isEqualTo(1);
        assertThat(ofWithout.path("proformas").asInt()).as("its VAT invoice repeats the proforma: not counted").isEqualTo(2);
        assertThat(ofWithout.path("gross").asString()).isEqualTo(documents(without).gross.toPlainString());
        assertThat(money(item(report.path("clients"), "clientId", cancelled.id()), "net"))
                .as("the cancelled proforma does not count, the one that billed its time again does")
                .isEqualByComparingTo(documents(cancelled).net).isEqualByComparingTo("45.00");
        assertThat(report.path("months").size()).isEqualTo(2);
        JsonNode march = item(report.path("months"), "month", "2003-03");
        assertThat(march.path("net").asString()).isEqualTo("42.50");
        assertThat(march.path("beyondContractNet").asString()).isEqualTo("20.00");
        assertThat(money(item(report.path("months"), "month", "2003-02"), "net").add(money(march, "net")))
                .isEqualByComparingTo(expected.net);

        var one = accountant().get("/api/v1/reports/revenue?" + PERIOD + "&clientId=" + without.id()).json();
        assertThat(one.path("clients").size()).isEqualTo(1);
        assertThat(one.path("totals").path("net").asString()).isEqualTo("56.25");

        // the files, downloaded as the page links them, hold the same
        WebSession session = WebSession.loggedIn(port, accountantName, PASSWORD);
        List<CSVRecord> csv = csv(session.download("/reports/revenue.csv?" + PERIOD));
        assertThat(csv.get(0).get(0)).isEqualTo("Mėnuo");
        BigDecimal ofWithoutInCsv = BigDecimal.ZERO;
        for (CSVRecord row : csv.subList(1, csv.size() - 1)) {
            if (row.get(1).equals(without.id())) {
                ofWithoutInCsv = ofWithoutInCsv.add(number(row.get(3)));
            }
        }
        assertThat(ofWithoutInCsv).isEqualByComparingTo(money(ofWithout, "net"));
        CSVRecord total = csv.get(csv.size() - 1);
        assertThat(total.get(2)).isEqualTo("Iš viso");
        assertThat(number(total.get(3))).isEqualByComparingTo(money(report.path("totals"), "net"));
        assertThat(number(total.get(5))).isEqualByComparingTo(money(report.path("totals"), "gross"));
        assertThat(total.get(3)).as("a Lithuanian decimal comma").contains(",");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(session.download("/reports/revenue.xlsx?" + PERIOD)))) {
            Sheet sheet = book.getSheetAt(0);
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(BigDecimal.valueOf(last.getCell(3).getNumericCellValue())).isEqualByComparingTo(money(report.path("totals"), "net"));
            assertThat(BigDecimal.valueOf(last.getCell(4).getNumericCellValue())).isEqualByComparingTo(money(report.path("totals"), "vat"));
            assertThat(BigDecimal.valueOf(last.getCell(6).getNumericCellValue()))
                    .isEqualByComparingTo(money(report.path("totals"), "beyondContractNet"));
            assertThat(sheet.getLastRowNum()).as("a row per client and month, and the total").isEqualTo(csv.size() - 1);
        }
    }

    @Test
    void unpaidProformasFallIntoTheirAgeOnADay() throws IOException {
        Customer paid = client("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}", 14);
        Customer notDue = client("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}", 60);
        Customer overdue = client("{\"period\":\"MONTH\",\"hourlyRate\":\"45.00\"}", 14);
        entry(paid, aWorkEntry().of(60).minutes().on("2003-06-03"));
        entry(notDue, aWorkEntry().of(120).minutes().on("2003-06-04"));
        entry(overdue, aWorkEntry().of(30).minutes().on("2003-06-05"));
        var june = run("2003-06");
        String paidId = invoiceOf(june, paid.id()).path("id").asString();
        assertThat(accountant().post("/api/v1/invoices/" + paidId + "/payment", "{\"paidOn\":\"%s\"}".formatted(Vilnius.today()))
                .status()).isEqualTo(200);
        JsonNode notDueInvoice = invoiceOf(june, notDue.id());
        JsonNode overdueInvoice = invoiceOf(june, overdue.id());
        LocalDate on = Vilnius.today().plusDays(45);           // 31 days after the 14-day term, 15 before the 60-day one

        var report = accountant().get("/api/v1/reports/receivables?on=" + on).json();

        assertThat(report.path("on").asString()).isEqualTo(on.toString());
        assertThat(find(report.path("items"), "number", invoiceOf(june, paid.id()).path("number").asString())).as("paid").isNull();
        JsonNode late = item(report.path("items"), "number", overdueInvoice.path("number").asString());
        assertThat(late.path("daysOverdue").asInt()).isEqualTo(31);
        assertThat(late.path("bucket").asString()).isEqualTo("DAYS_31_60");
        assertThat(late.path("gross").asString()).isEqualTo(overdueInvoice.path("gross").asString());
        assertThat(late.path("dueDate").asString()).isEqualTo(overdueInvoice.path("dueDate").asString());
        JsonNode waiting = item(report.path("items"), "number", notDueInvoice.path("number").asString());
        assertThat(waiting.path("daysOverdue").asInt()).isZero();
        assertThat(waiting.path("bucket").asString()).isEqualTo("NOT_DUE");
        BigDecimal items = BigDecimal.ZERO;
        BigDecimal overdueItems = BigDecimal.ZERO;
        for (JsonNode item : report.path("items")) {
            items = items.add(money(item, "gross"));
            overdueItems = item.path("daysOverdue").asInt() > 0 ? overdueItems.add(money(item, "gross")) : overdueItems;
        }
        assertThat(money(report, "totalGross")).isEqualByComparingTo(items);
        assertThat(money(report, "overdueGross")).isEqualByComparingTo(overdueItems);
        BigDecimal buckets = BigDecimal.ZERO;
        for (JsonNode bucket : report.path("buckets")) {
            buckets = buckets.add(money(bucket, "gross"));
        }
        assertThat(buckets).isEqualByComparingTo(items);
        assertThat(report.path("buckets").size()).isEqualTo(5);

        var ofOverdue = accountant().get("/api/v1/reports/receivables?on=" + on + "&clientId=" + overdue.id()).json();
        assertThat(ofOverdue.path("items").size()).isEqualTo(1);
        assertThat(item(ofOverdue.path("buckets"), "bucket", "DAYS_31_60").path("gross").asString())
                .isEqualTo(overdueInvoice.path("gross").asString());
        assertThat(item(ofOverdue.path("buckets"), "bucket", "DAYS_31_60").path("count").asInt()).isEqualTo(1);
        assertThat(ofOverdue.path("overdueGross").asString()).isEqualTo(overdueInvoice.path("gross").asString());
        var later = accountant().get("/api/v1/reports/receivables?on=" + Vilnius.today().plusDays(100) + "&clientId=" + notDue.id()).json();
        assertThat(later.path("items").get(0).path("bucket").asString()).as("40 days late").isEqualTo("DAYS_31_60");
        var before = accountant().get("/api/v1/reports/receivables?on=" + Vilnius.today().minusDays(1) + "&clientId=" + overdue.id()).json();
        assertThat(before.path("items").size()).as("not yet issued").isZero();
        var ofPaid = accountant().get("/api/v1/reports/receivables?on=" + on + "&clientId=" + paid.id()).json();
        assertThat(ofPaid.path("totalGross").asString()).isEqualTo("0.00");

        WebSession session = WebSession.loggedIn(port, accountantName, PASSWORD);
        List<CSVRecord> csv = csv(session.download("/reports/receivables.csv?on=" + on + "&clientId=" + overdue.id()));
        assertThat(csv).hasSize(3);
        assertThat(csv.get(1).get(0)).isEqualTo(overdueInvoice.path("number").asString());
        assertThat(csv.get(1).get(6)).isEqualTo("31");
        assertThat(csv.get(1).get(7)).isEqualTo("31–60 dienų");
        assertThat(number(csv.get(2).get(5))).isEqualByComparingTo(money(ofOverdue, "totalGross"));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(session.download("/reports/receivables.xlsx?on=" + on)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(report.path("items").size() + 1);
            assertThat(BigDecimal.valueOf(sheet.getRow(sheet.getLastRowNum()).getCell(5).getNumericCellValue()))
                    .isEqualByComparingTo(money(report, "totalGross"));
        }
    }

    @Test
    void aBadPeriodOrDayIsNamedAndOnlyAdministratorsAndAccountantsSeeTheMoney() {
        var notADate = accountant().get("/api/v1/reports/revenue?from=vasaris");
        var backwards = accountant().get("/api/v1/reports/revenue?from=2003-03-31&to=2003-03-01");
        var notADay = accountant().get("/api/v1/reports/receivables?on=rytoj");
        String consultantName = unique("kons");
        var consultant = staffMember(consultantName, "CONSULTANT");

        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.text()).contains("from");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.errorFields()).containsExactly("to");
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.text()).contains("on");
        var farAway = accountant().get("/api/v1/reports/receivables?on=1800-01-01");
        assertThat(farAway.status()).isEqualTo(422);
        assertThat(farAway.errorFields()).containsExactly("on");
        assertThat(consultant.get("/api/v1/reports/revenue").status()).isEqualTo(403);
        assertThat(consultant.get("/api/v1/reports/receivables").status()).isEqualTo(403);
        assertThat(api().get("/api/v1/reports/revenue").status()).isEqualTo(401);
        assertThat(admin().get("/api/v1/reports/receivables").status()).isEqualTo(200);
        var defaults = accountant().get("/api/v1/reports/revenue").json();
        assertThat(defaults.path("from").asString()).isEqualTo(Vilnius.today().withDayOfMonth(1).toString());
        assertThat(accountant().get("/api/v1/reports/receivables").json().path("on").asString()).isEqualTo(Vilnius.today().toString());
        var pages = WebSession.loggedIn(port, consultantName, PASSWORD);
        assertThat(pages.get("/reports/revenue").status()).isEqualTo(403);
        assertThat(pages.get("/reports/receivables.csv").status()).isEqualTo(403);
    }

    private String accountantName;

    @Override
    Api accountant() {
        if (accountant == null) {
            accountantName = unique("buh");
            accountant = staffMember(accountantName, "ACCOUNTANT");
        }
        return accountant;
    }

    /** A client of the tests with a payment term, and the one request its time is logged on. */
    private Customer client(String billing, int paymentTermDays) {
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","vatCode":"%s","address":"Gedimino pr. 1, Vilnius",
                 "email":"buhalterija@pajamos.lt","billing":%s,"paymentTermDays":%d}""".formatted(unique("UAB „Pajamos“ "),
                companyCode(), vatCode(), billing, paymentTermDays)).field("id");
        var body = Fixtures.phoneRequest(null, "p@pajamos.lt");
        body.put("clientId", clientId);
        return new Customer(clientId, admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id"));
    }

    private record Sums(BigDecimal net, BigDecimal vat, BigDecimal gross) {

        Sums plus(Sums other) {
            return new Sums(net.add(other.net), vat.add(other.vat), gross.add(other.gross));
        }
    }

    /** What the client's documents of February and March say: live proformas, and credit notes (all taken back). */
    private Sums documents(Customer client) {
        Sums sums = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        for (JsonNode invoice : accountant().get("/api/v1/invoices?size=100&clientId=" + client.id()).json().path("items")) {
            String type = invoice.path("type").asString();
            boolean counts = type.equals("PROFORMA") && !invoice.path("status").asString().equals("CANCELLED")
                    || type.equals("CREDIT_NOTE");
            String supply = invoice.path("supplyDate").asString();
            if (counts && supply.compareTo("2003-02-01") >= 0 && supply.compareTo("2003-03-31") <= 0) {
                sums = sums.plus(new Sums(money(invoice, "net"), money(invoice, "vat"), money(invoice, "gross")));
            }
        }
        return sums;
    }

    private static JsonNode item(JsonNode list, String field, String value) {
        JsonNode found = find(list, field, value);
        assertThat(found).as("no " + field + " " + value + " in " + list).isNotNull();
        return found;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.path(field).asString().equals(value)) {
                return item;
            }
        }
        return null;
    }

    private static BigDecimal money(JsonNode node, String field) {
        return new BigDecimal(node.path(field).asString());
    }

    private static BigDecimal number(String lithuanian) {
        return new BigDecimal(lithuanian.replace(',', '.'));
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            assertThat(in.read()).as("a byte-order mark for Excel").isEqualTo('\uFEFF');
            return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(in).getRecords();
        }
    }
}
