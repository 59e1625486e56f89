package lt.pagalba.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.support.Api;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/working-calendar} over real HTTP, as API.md promises it. */
class WorkingCalendarApiTests extends ApiTestSupport {

    private static final String STANDARD_HOURS = """
            {"MONDAY": ["08:00", "17:00"], "TUESDAY": ["08:00", "17:00"], "WEDNESDAY": ["08:00", "17:00"],
             "THURSDAY": ["08:00", "17:00"], "FRIDAY": ["08:00", "17:00"], "SATURDAY": null, "SUNDAY": null}""";

    @Autowired
    AuditTrail audit;

    /** The tests share one database with every API test: the default hours come back after each. */
    @AfterEach
    void standardHoursAgain() {
        var restored = admin().put("/api/v1/working-calendar", """
                {"year": 2026, "holidays": [], "hours": %s}""".formatted(STANDARD_HOURS));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }

    @Test
    void everyStaffMemberReadsTheYearsHolidaysAndHours() {
        Api consultant = staffMember(unique("kons"), "CONSULTANT");
        var answer = consultant.get("/api/v1/working-calendar?year=2026");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(fieldNames(json)).containsExactly("year", "holidays", "hours", "workingDays", "shortenedDays");
        assertThat(json.get("year").asInt()).isEqualTo(2026);
        assertThat(texts(json.get("holidays"))).containsExactly("2026-01-01", "2026-02-16", "2026-03-11", "2026-04-05",
                "2026-04-06", "2026-05-01", "2026-05-03", "2026-06-07", "2026-06-24", "2026-07-06", "2026-08-15",
                "2026-11-01", "2026-11-02", "2026-12-24", "2026-12-25", "2026-12-26");
        assertThat(fieldNames(json.get("hours"))).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY");
        assertThat(texts(json.get("hours").get("MONDAY"))).containsExactly("08:00", "17:00");
        assertThat(json.get("hours").get("SATURDAY").isNull()).isTrue();
        assertThat(texts(json.get("shortenedDays"))).contains("2026-12-23", "2026-12-31");
        assertThat(staffMember(unique("buh"), "ACCOUNTANT").get("/api/v1/working-calendar?year=2026").status()).isEqualTo(200);
    }

    @Test
    void yearsBeforeTheLawAddedADayHaveItNot() {
        assertThat(texts(admin().get("/api/v1/working-calendar?year=2019").json().get("holidays"))).doesNotContain("2019-11-02");
        assertThat(texts(admin().get("/api/v1/working-calendar?year=2020").json().get("holidays"))).contains("2020-11-02");
        assertThat(texts(admin().get("/api/v1/working-calendar?year=2010").json().get("holidays"))).doesNotContain("2010-12-24")
                .contains("2010-12-25");
    }

    @Test
    void anAdministratorChangesTheHoursAndAddsDaysAndTheChangeIsAudited() {
        var answer = admin().put("/api/v1/working-calendar", """
                {"year": 2031, "holidays": ["2031-01-01", "2031-05-02"], "workingDays": ["2031-05-03"],
                 "hours": {"MONDAY": ["09:00", "18:00"], "TUESDAY": ["08:00", "17:00"], "WEDNESDAY": ["08:00", "17:00"],
                           "THURSDAY": ["08:00", "17:00"], "FRIDAY": ["08:00", "16:00"]}}""");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode year = admin().get("/api/v1/working-calendar?year=2031").json();
        assertThat(texts(year.get("holidays"))).contains("2031-01-01", "2031-05-02", "2031-12-24");
        assertThat(texts(year.get("workingDays"))).containsExactly("2031-05-03");
        assertThat(texts(year.get("hours").get("MONDAY"))).containsExactly("09:00", "18:00");
        assertThat(texts(year.get("hours").get("FRIDAY"))).containsExactly("08:00", "16:00");
        assertThat(year.get("hours").get("SUNDAY").isNull()).isTrue();
        assertThat(audit.historyOf("working-calendar", 20)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(ADMIN);
            assertThat(entry.subjectId()).isEqualTo("2031");
            assertThat(entry.after()).contains("2031-05-02").contains("09:00");
        });

        // the same body again without the added day off takes it away; workingDays left out are kept
        admin().put("/api/v1/working-calendar", """
                {"year": 2031, "holidays": [], "hours": %s}""".formatted(STANDARD_HOURS));
        JsonNode again = admin().get("/api/v1/working-calendar?year=2031").json();
        assertThat(texts(again.get("holidays"))).doesNotContain("2031-05-02").contains("2031-01-01");
        assertThat(texts(again.get("workingDays"))).containsExactly("2031-05-03");
        admin().put("/api/v1/working-calendar", """
                {"year": 2031, "holidays": [], "workingDays": [], "hours": %s}""".formatted(STANDARD_HOURS));
        assertThat(texts(admin().get("/api/v1/working-calendar?year=2031").json().get("workingDays"))).isEmpty();
    }

    @Test
    void whatGetAnswersCanBePutBackUnchanged() {
        admin().put("/api/v1/working-calendar", """
                {"year": 2033, "holidays": ["2033-01-03"], "workingDays": ["2033-01-08"], "hours": %s}"""
                .formatted(STANDARD_HOURS));
        String before = admin().get("/api/v1/working-calendar?year=2033").text();

        var put = admin().put("/api/v1/working-calendar", before);

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.text()).isEqualTo(before);
        assertThat(admin().get("/api/v1/working-calendar?year=2033").text()).isEqualTo(before);
        // listing an added working day as a day off again, without workingDays, makes it a day off
        admin().put("/api/v1/working-calendar", """
                {"year": 2033, "holidays": ["2033-01-08"], "hours": %s}""".formatted(STANDARD_HOURS));
        JsonNode after = admin().get("/api/v1/working-calendar?year=2033").json();
        assertThat(texts(after.get("workingDays"))).isEmpty();
        assertThat(texts(after.get("holidays"))).contains("2033-01-08").doesNotContain("2033-01-03");
    }

    @Test
    void onlyAnAdministratorMayChangeIt() {
        String body = """
                {"year": 2031, "holidays": [], "hours": %s}""".formatted(STANDARD_HOURS);
        assertThat(staffMember(unique("kons"), "CONSULTANT").put("/api/v1/working-calendar", body).status()).isEqualTo(403);
        assertThat(staffMember(unique("buh"), "ACCOUNTANT").put("/api/v1/working-calendar", body).status()).isEqualTo(403);
        assertThat(api().put("/api/v1/working-calendar", body).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/working-calendar?year=2026").status()).isEqualTo(401);
    }

    @Test
    void badHoursAreRefusedNamingTheDay() {
        var reversed = put("""
                {"year": 2031, "holidays": [], "hours": {"MONDAY": ["17:00", "08:00"], "TUESDAY": ["08:00", "17:00"]}}""");
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.errorFields()).containsExactly("hours[MONDAY]");

        var oneTime = put("""
                {"year": 2031, "holidays": [], "hours": {"MONDAY": ["08:00"]}}""");
        assertThat(oneTime.status()).isEqualTo(422);
        assertThat(oneTime.errorFields()).containsExactly("hours[MONDAY]");

        var badTime = put("""
                {"year": 2031, "holidays": [], "hours": {"MONDAY": ["8:00", "25:00"]}}""");
        assertThat(badTime.status()).isEqualTo(422);
        assertThat(badTime.errorFields()).containsExactlyInAnyOrder("hours[MONDAY][0]", "hours[MONDAY][1]");

        var noWork = put("""
                {"year": 2031, "holidays": [], "hours": {"MONDAY": null}}""");
        assertThat(noWork.status()).isEqualTo(422);
        assertThat(noWork.errorFields()).containsExactly("hours");

        var noSuchDay = put("""
                {"year": 2031, "holidays": [], "hours": {"FUNDAY": ["08:00", "17:00"]}}""");
        assertThat(noSuchDay.status()).isEqualTo(400);
    }

    @Test
    void badDaysAndYearsAreRefusedNamingTheField() {
        var otherYear = put("""
                {"year": 2031, "holidays": ["2031-05-02", "2030-12-31"], "workingDays": ["2031-05-02"], "hours": %s}"""
                .formatted(STANDARD_HOURS));
        assertThat(otherYear.status()).isEqualTo(422);
        assertThat(otherYear.errorFields()).containsExactly("holidays[1]", "workingDays[0]");
        assertThat(otherYear.errorCode("holidays[1]")).isEqualTo("invalid");

        var notADate = put("""
                {"year": 2031, "holidays": ["2031-13-45"], "hours": %s}""".formatted(STANDARD_HOURS));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.errorFields()).containsExactly("holidays[0]");

        var missing = put("""
                {"holidays": [], "hours": null}""");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("year", "hours");

        var tooEarly = put("""
                {"year": 1990, "holidays": [], "hours": %s}""".formatted(STANDARD_HOURS));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.errorFields()).containsExactly("year");
        assertThat(tooEarly.json().get("errors").get(0).get("message").asString()).contains("2009");

        assertThat(admin().get("/api/v1/working-calendar?year=1900").status()).isEqualTo(422);
        assertThat(admin().get("/api/v1/working-calendar?year=1900").errorFields()).containsExactly("year");
        assertThat(admin().get("/api/v1/working-calendar?year=abc").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/working-calendar?year=abc").errorFields()).containsExactly("year");
        assertThat(admin().put("/api/v1/working-calendar", "{not json").status()).isEqualTo(400);
    }

    private Api.Response put(String body) {
        return admin().language("en").put("/api/v1/working-calendar", body);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }
}
