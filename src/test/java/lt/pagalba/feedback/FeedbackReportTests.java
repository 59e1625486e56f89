package lt.pagalba.feedback;

import static lt.pagalba.feedback.FeedbackInvitations.closeRequest;
import static lt.pagalba.feedback.FeedbackInvitations.invitation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.feedback.FeedbackInvitations.Invited;
import lt.pagalba.mail.Outbox;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's feedback report against the feedback module's own averages: answers given through the real
 * links, then dated in March and April 2002 (months no other test answers in), so those months are this
 * test's own.
 */
class FeedbackReportTests extends ApiTestSupport {

    private static final String PERIOD = "from=2002-03-01&to=2002-04-30";

    @Autowired
    Outbox outbox;

    @Autowired
    Feedback feedback;

    @Autowired
    Ratings ratings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void feedbackByConsultantAndMonthAgreesWithTheFeedbackPagesAverages() throws IOException {
        String lead = consultant();
        String member = consultant();
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","billing":{"period":"MONTH","hourlyRate":"45.00"}}"""
                .formatted(unique("UAB „Vertinimas“ "), companyCode())).field("id");
        Invited five = rated(unique("a") + "@ivertinimas.lt", null, "5", lead, member);
        Invited two = rated(unique("b") + "@ivertinimas.lt", clientId, "2", lead);
        Invited four = rated(unique("c") + "@ivertinimas.lt", null, "4", member);
        Invited one = rated(unique("d") + "@ivertinimas.lt", clientId, "1", member);
        answeredIn(five, YearMonth.of(2002, 3));
        answeredIn(two, YearMonth.of(2002, 3));
        answeredIn(four, YearMonth.of(2002, 4));
        answeredIn(one, YearMonth.of(2002, 4));
        String accountant = unique("buh");
        staffMember(accountant, "ACCOUNTANT");

        var report = api().basic(accountant, PASSWORD).get("/api/v1/reports/feedback?" + PERIOD).json();

        JsonNode leadInMarch = item(report.path("items"), lead, "2002-03");
        assertThat(leadInMarch.path("count").asInt()).isEqualTo(2);
        assertThat(leadInMarch.path("average").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(leadInMarch.path("low").asInt()).isEqualTo(1);
        assertThat(leadInMarch.path("lowPercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(leadInMarch.path("name").asString()).isEqualTo("Jonas Jonaitis");
        JsonNode memberInApril = item(report.path("items"), member, "2002-04");
        assertThat(memberInApril.path("average").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(report.path("items").size()).as("lead in March; member in March and April").isEqualTo(3);
        JsonNode overall = report.path("overall");
        assertThat(overall.path("count").asInt()).as("each answer once").isEqualTo(4);
        assertThat(overall.path("average").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(overall.path("low").asInt()).isEqualTo(2);

        // the feedback page's own averages, by its own reading
        for (Averages.ByMonth month : ratings.monthly(YearMonth.of(2002, 3)).stream()
                .filter(m -> m.month().getYear() == 2002 && m.month().getMonthValue() <= 4).toList()) {
            JsonNode same = find(overall.path("months"), "month", month.month().toString());
            assertThat(same.path("average").decimalValue()).isEqualByComparingTo(month.average());
            assertThat(same.path("count").asInt()).isEqualTo(month.count());
        }
        assertThat(overall.path("months").size()).isEqualTo(2);
        for (String consultant : List.of(lead, member)) {
            Averages.ByConsultant own = feedback.consultantAverages().stream().filter(c -> c.consultant().equals(consultant))
                    .findFirst().orElseThrow();
            JsonNode same = find(overall.path("consultants"), "consultant", consultant);
            assertThat(same.path("average").decimalValue()).isEqualByComparingTo(own.average());
            assertThat(same.path("count").asInt()).isEqualTo(own.count());
        }

        var ofClient = admin().get("/api/v1/reports/feedback?" + PERIOD + "&clientId=" + clientId).json();
        assertThat(ofClient.path("overall").path("count").asInt()).isEqualTo(2);
        assertThat(ofClient.path("overall").path("average").decimalValue()).isEqualByComparingTo("1.50");
        var ofLead = admin().get("/api/v1/reports/feedback?" + PERIOD + "&consultant=" + lead).json();
        assertThat(ofLead.path("items").size()).isEqualTo(1);
        assertThat(ofLead.path("overall").path("count").asInt()).isEqualTo(2);

        WebSession session = WebSession.loggedIn(port, accountant, PASSWORD);
        List<CSVRecord> csv;
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(session.download("/reports/feedback.csv?" + PERIOD)),
                StandardCharsets.UTF_8)) {
            assertThat(in.read()).isEqualTo('\uFEFF');
            csv = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(in).getRecords();
        }
        assertThat(csv).hasSize(report.path("items").size() + 2);
        CSVRecord leadRow = csv.stream().filter(r -> r.get(1).equals(lead)).findFirst().orElseThrow();
        assertThat(leadRow.get(0)).isEqualTo("2002-03");
        assertThat(leadRow.get(3)).isEqualTo("2");
        assertThat(new BigDecimal(leadRow.get(4).replace(',', '.'))).isEqualByComparingTo(leadInMarch.path("average").decimalValue());
        CSVRecord all = csv.get(csv.size() - 1);
        assertThat(all.get(2)).isEqualTo("Visi atsakymai");
        assertThat(all.get(3)).isEqualTo("4");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(session.download("/reports/feedback.xlsx?" + PERIOD + "&consultant=" + member)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(member);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void aBadPeriodIsNamedAndAConsultantSeesNoReport() {
        String consultant = consultant();

        var notADate = admin().get("/api/v1/reports/feedback?to=balandis");
        var tooLong = admin().get("/api/v1/reports/feedback?from=2002-01-01&to=2009-01-01");

        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.text()).contains("to");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.errorFields()).containsExactly("to");
        assertThat(api().basic(consultant, PASSWORD).get("/api/v1/reports/feedback").status()).isEqualTo(403);
        assertThat(WebSession.loggedIn(port, consultant, PASSWORD).get("/reports/feedback").status()).isEqualTo(403);
        var empty = admin().get("/api/v1/reports/feedback?from=2002-07-01&to=2002-07-31").json();
        assertThat(empty.path("overall").path("count").asInt()).isZero();
        assertThat(empty.path("overall").path("average").isNull()).isTrue();
        assertThat(admin().get("/api/v1/reports/feedback").json().path("from").asString())
                .isEqualTo(Vilnius.today().withDayOfMonth(1).toString());
    }

    private Invited rated(String email, String clientId, String rating, String... consultants) {
        String id = closeRequest(admin(), unique("UAB Vertinimas "), email, clientId, consultants);
        Invited invited = invitation(outbox, id, admin().get("/api/v1/requests/" + id).field("number"));
        new WebSession(port).submit(invited.path(), invited.ratePath(), Map.of("rating", rating, "comment", ""));
        return invited;
    }

    private void answeredIn(Invited invited, YearMonth month) {
        jdbc.sql("UPDATE feedback_response SET answered_at = :at WHERE request_id = :id")
                .param("at", month.atDay(15).atTime(12, 0).atZone(Vilnius.ZONE).toOffsetDateTime())
                .param("id", UUID.fromString(invited.requestId())).update();
    }

    private String consultant() {
        String username = unique("kons");
        staffMember(username, "CONSULTANT");
        return username;
    }

    private static JsonNode item(JsonNode items, String consultant, String month) {
        for (JsonNode item : items) {
            if (item.path("consultant").asString().equals(consultant) && item.path("month").asString().equals(month)) {
                return item;
            }
        }
        throw new AssertionError("No " + consultant + " in " + month + ": " + items);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.path(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + list);
    }
}
