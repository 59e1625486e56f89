package lt.pagalba.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class StaffApiTests extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theFirstAdministratorExistsFromTheStart() {
        var me = admin().get("/api/v1/staff/admin");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("roles").toString()).contains("ADMINISTRATOR");
        assertThat(me.text()).doesNotContain("password");
    }

    @Test
    void anAdministratorCreatesAStaffMemberWithSeveralRoles() {
        String username = unique("ona");
        var created = admin().post("/api/v1/staff", """
                {"username":"%s","firstName":"Ona","lastName":"Onaitė","email":"ona@stekas.lt","phone":"8 5 278 0670",
                 "roles":["CONSULTANT","ACCOUNTANT"],"password":"labai-slaptas-123"}""".formatted(username));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("username")).isEqualTo(username);
        assertThat(created.field("lastName")).isEqualTo("Onaitė");
        assertThat(created.field("phone")).isEqualTo("+37052780670");
        assertThat(created.json().path("roles").toString()).contains("CONSULTANT", "ACCOUNTANT");
        assertThat(created.json().path("available").asBoolean()).isFalse();
        assertThat(created.text()).doesNotContain("labai-slaptas");

        assertThat(admin().get("/api/v1/staff/" + username).status()).isEqualTo(200);
        var list = admin().get("/api/v1/staff");
        assertThat(list.json().path("items").toString()).contains(username);
        assertThat(list.json().has("total")).isTrue();
        // the new member can log in with the password given
        assertThat(api().basic(username, "labai-slaptas-123").get("/api/v1/staff").status()).isEqualTo(200);
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        var refused = admin().post("/api/v1/staff", "{}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).contains("username", "firstName", "lastName", "email", "roles", "password");
        assertThat(refused.errorCode("username")).isEqualTo("required");
    }

    @ParameterizedTest
    @CsvSource({"email, not-an-email", "phone, 12", "password, short", "username, Bad Name!"})
    void badValuesAreRefusedNamingTheField(String field, String value) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("username", unique("u"), "firstName", "A", "lastName", "B",
                "email", "a@stekas.lt", "roles", List.of("CONSULTANT"), "password", "long-enough-password"));
        body.put(field, value);

        var refused = admin().post("/api/v1/staff", JSON.writeValueAsString(body));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly(field);
    }

    @Test
    void aUsernameIsTakenOnlyOnce() {
        String username = unique("dup");
        staffMember(username, "CONSULTANT");
        var again = admin().post("/api/v1/staff", """
                {"username":"%s","firstName":"A","lastName":"B","email":"a@stekas.lt","roles":["CONSULTANT"],
                 "password":"long-enough-password"}""".formatted(username));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("detail")).contains(username);
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        var anonymous = api().get("/api/v1/staff");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api().basic(ADMIN, "wrong-password-x").get("/api/v1/staff").status()).isEqualTo(401);
    }

    @Test
    void refusalsBeforeAnyControllerAreProblemDetailsInTheCallersLanguage() {
        var lithuanian = api().get("/api/v1/staff");
        assertThat(lithuanian.status()).isEqualTo(401);
        assertThat(lithuanian.json().path("status").asInt()).isEqualTo(401);
        assertThat(lithuanian.field("title")).isEqualTo("Unauthorized");
        assertThat(lithuanian.field("detail")).startsWith("Prisijunkite");
        var english = api().language("en").get("/api/v1/staff");
        assertThat(english.field("detail")).isEqualTo("Log in with HTTP Basic or an API token (Authorization: Bearer …).");

        var consultant = staffMember(unique("kalba"), "CONSULTANT");
        var refused = consultant.language("en").post("/api/v1/staff", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("status").asInt()).isEqualTo(403);
        assertThat(refused.field("title")).isEqualTo("Forbidden");
        assertThat(refused.field("detail")).isEqualTo("Your role does not allow this.");
        assertThat(consultant.post("/api/v1/staff", "{}").field("detail")).isEqualTo("Jūsų rolė šio veiksmo neleidžia.");
    }

    @Test
    void aConsultantMayNotCreateStaff() {
        var consultant = staffMember(unique("kons"), "CONSULTANT");
        var refused = consultant.post("/api/v1/staff", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownStaffIs404() {
        assertThat(admin().get("/api/v1/staff/nobody-here").status()).isEqualTo(404);
    }

    @Test
    void aConsultantGoesOnDutyButCannotSetAnothersDuty() {
        String username = unique("duty");
        var consultant = staffMember(username, "CONSULTANT");
        String other = unique("other");
        staffMember(other, "CONSULTANT");

        var onDuty = consultant.put("/api/v1/staff/" + username + "/availability", "{\"available\": true}");
        assertThat(onDuty.status()).isEqualTo(200);
        assertThat(onDuty.json().path("available").asBoolean()).isTrue();
        assertThat(admin().get("/api/v1/staff/" + username).json().path("available").asBoolean()).isTrue();

        assertThat(consultant.put("/api/v1/staff/" + other + "/availability", "{\"available\": true}").status()).isEqualTo(403);
        assertThat(admin().put("/api/v1/staff/" + other + "/availability", "{\"available\": true}").status()).isEqualTo(200);
        assertThat(consultant.put("/api/v1/staff/" + username + "/availability", "{}").status()).isEqualTo(422);
    }

    @Test
    void anApiTokenAuthenticatesUntilRevoked() {
        String username = unique("tok");
        var consultant = staffMember(username, "CONSULTANT");

        var created = consultant.post("/api/v1/staff/" + username + "/tokens", "{\"name\": \"integration\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.field("token");
        assertThat(token).startsWith("pgb_").hasSizeGreaterThan(40);
        assertThat(created.field("id")).isNotBlank();
        assertThat(created.field("createdAt")).isNotBlank();

        var byToken = api().bearer(token);
        assertThat(byToken.get("/api/v1/staff/" + username).status()).isEqualTo(200);
        assertThat(byToken.post("/api/v1/staff", "{}").status()).as("the token carries the owner's roles").isEqualTo(403);

        var listed = consultant.get("/api/v1/staff/" + username + "/tokens");
        assertThat(listed.json().path("items").toString()).contains("integration").doesNotContain(token);

        assertThat(consultant.delete("/api/v1/staff/" + username + "/tokens/" + created.field("id")).status()).isEqualTo(204);
        assertThat(byToken.get("/api/v1/staff/" + username).status()).isEqualTo(401);
        assertThat(api().bearer("pgb_made-up").get("/api/v1/staff").status()).isEqualTo(401);
    }

    @Test
    void nobodyElseMayCreateOrSeeSomeonesTokens() {
        String owner = unique("own");
        staffMember(owner, "CONSULTANT");
        var intruder = staffMember(unique("intr"), "CONSULTANT");
        assertThat(intruder.post("/api/v1/staff/" + owner + "/tokens", "{\"name\":\"x\"}").status()).isEqualTo(403);
        assertThat(intruder.get("/api/v1/staff/" + owner + "/tokens").status()).isEqualTo(403);
        assertThat(admin().post("/api/v1/staff/" + owner + "/tokens", "{\"name\":\"x\"}").status()).isEqualTo(201);
    }

    @Test
    void tooManyWrongPasswordsLockTheAccount() {
        String username = unique("lock");
        staffMember(username, "CONSULTANT");
        for (int i = 0; i < 5; i++) {
            assertThat(api().basic(username, "wrong-password-" + i).get("/api/v1/staff").status()).isEqualTo(401);
        }
        assertThat(api().basic(username, PASSWORD).get("/api/v1/staff").status())
                .as("even the right password is refused while locked").isEqualTo(401);
    }

    @Test
    void anAdministratorChangesRolesAndDeactivates() {
        String username = unique("chg");
        var member = staffMember(username, "CONSULTANT");
        var changed = admin().patch("/api/v1/staff/" + username, "{\"roles\":[\"ACCOUNTANT\"],\"active\":false}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("roles").toString()).contains("ACCOUNTANT").doesNotContain("CONSULTANT");
        assertThat(member.get("/api/v1/staff").status()).as("an inactive member cannot log in").isEqualTo(401);
    }
}
