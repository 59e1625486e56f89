package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The administrator on the phone, a client on the public form, staff told of urgent requests, and the dashboard's lists. */
class RequestPagesBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theAdministratorRegistersAPhoneRequestUsingTheLookUp() {
        String marker = unique("Skambutis");
        String clientId = client("UAB „" + marker + "“");
        admin().post("/api/v1/clients/" + clientId + "/contacts", """
                {"firstName":"Rasa","lastName":"Rasienė","position":"Vyr. buhalterė","phone":"+37061111111","email":"rasa@skambutis.lt"}""");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.click("text=Naujas kreipinys");
        page.locator("#companyName").pressSequentially(marker.substring(0, 12));
        page.click("button.pick.contact:has-text('Rasa Rasienė')");
        assertThat(page.locator("[id='contact.phone']")).hasValue("+37061111111");
        assertThat(page.locator("[id='contact.position']")).hasValue("Vyr. buhalterė");
        page.fill("#summary", "Neatsidaro metinė ataskaita");
        page.check("#urgent");
        page.click("#intake-form button[type=submit]");

        String number = page.locator("#registered-number").textContent().trim();
        assertThat(number).matches("\\d{4}-\\d{6}");
        var registered = admin().get("/api/v1/requests?q=" + number).json().path("items").get(0);
        assertThat(registered.path("client").path("id").asString()).isEqualTo(clientId);
        assertThat(registered.path("urgent").asBoolean()).isTrue();
        assertThat(registered.path("contact").path("email").asString()).isEqualTo("rasa@skambutis.lt");
    }

    @Test
    void aMissingPhoneIsToldBesideTheFieldInLithuanian() {
        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/new"));
        page.fill("#companyName", unique("UAB Be telefono "));
        page.fill("[id='contact.firstName']", "Jonas");
        page.fill("[id='contact.lastName']", "Jonaitis");
        page.fill("[id='contact.position']", "Direktorius");
        page.fill("[id='contact.email']", "jonas@betelefono.lt");
        page.fill("#summary", "Klausimas");
        page.click("#intake-form button[type=submit]");
        assertThat(page.locator("[id='contact.phone-error']")).hasText("Šis laukas privalomas.");
        assertThat(page).hasURL(url("/requests/new"));

        // and a malformed number is refused by the server, beside the same field
        page.fill("[id='contact.phone']", "12");
        page.click("#intake-form button[type=submit]");
        assertThat(page.locator("[id='contact.phone-error']")).containsText("Netinkamas telefono numeris");
        assertThat(page.locator("[id='contact.firstName']")).hasValue("Jonas");
    }

    @Test
    void aClientRegistersThroughThePublicFormAndGetsANumber() {
        page.navigate(url("/pagalba"));
        assertThat(page.locator("h1")).hasText("Pagalbos užklausa");
        page.fill("#companyName", unique("UAB Svetainė "));
        page.fill("[id='contact.firstName']", "Eglė");
        page.fill("[id='contact.lastName']", "Eglaitė");
        page.fill("[id='contact.position']", "Buhalterė");
        page.fill("[id='contact.phone']", "8 5 278 0670");
        page.fill("[id='contact.email']", "egle@svetaine.lt");
        page.fill("#summary", "Kaip įkelti banko išrašą?");
        page.click("#web-form button[type=submit]");

        String number = page.locator("#registered-number").textContent().trim();
        assertThat(number).matches("\\d{4}-\\d{6}");
        var registered = admin().get("/api/v1/requests?q=" + number).json().path("items").get(0);
        assertThat(registered.path("channel").asString()).isEqualTo("WEB");
        assertThat(registered.path("contact").path("phone").asString()).isEqualTo("+37052780670");
    }

    private void nobodyIsOnDuty() {
        for (var member : admin().get("/api/v1/staff").json().path("items")) {
            if (member.path("available").asBoolean()) {
                admin().put("/api/v1/staff/" + member.path("username").asString() + "/availability", "{\"available\": false}");
            }
        }
    }

    @Test
    void theConsultantIsToldOfEveryAssignmentAndClosesTheNotice() {
        String consultant = unique("gauna");
        staffMember(consultant, "CONSULTANT");
        var body = Fixtures.phoneRequest(unique("UAB Eilinis "), "eilinis@eilinis.lt");
        String id = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
        String number = admin().get("/api/v1/requests/" + id).field("number");
        logIn(consultant, PASSWORD);
        page.waitForCondition(() -> "true".equals(page.evaluate("document.body.dataset.liveReady")));

        admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\":\"%s\",\"role\":\"MEMBER\"}".formatted(consultant));

        var toast = page.locator("#toasts .toast");
        assertThat(toast).containsText("Jums paskirtas kreipinys " + number);
        assertThat(page.locator("#toasts")).hasAttribute("aria-live", "polite");
        toast.locator("button.dismiss").click();
        assertThat(toast).hasCount(0);
    }

    @Test
    void theConsultantSeesAnUrgentRequestTheMomentItIsAssigned() {
        nobodyIsOnDuty();
        String consultant = unique("budi");
        staffMember(consultant, "CONSULTANT");
        admin().put("/api/v1/staff/" + consultant + "/availability", "{\"available\": true}");
        logIn(consultant, PASSWORD);
        page.waitForCondition(() -> "true".equals(page.evaluate("document.body.dataset.liveReady")));

        var body = Fixtures.phoneRequest(unique("UAB Dega "), "dega@dega.lt");
        body.put("urgent", true);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        String number = created.field("number");

        assertThat(page.locator("#toasts .toast")).containsText("Jums paskirtas skubus kreipinys " + number);
        page.click("#toasts .toast a");
        assertThat(page.locator("h1")).containsText(number);
        assertThat(page.locator("#assignments")).containsText(consultant);
    }

    @Test
    void theAdministratorFormsAWorkingGroupAndMovesTheStatusOnTheRequestPage() {
        String lead = unique("vadas");
        staffMember(lead, "CONSULTANT");
        var body = Fixtures.phoneRequest(unique("UAB Grupė "), "g@grupe.lt");
        String id = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + id));
        page.selectOption("#assign-consultant", lead);
        page.selectOption("#assign-role", "LEAD");
        page.click("#assign-form button[type=submit]");
        assertThat(page.locator("#assignments")).containsText(lead);
        assertThat(page.locator("#request-status")).hasText("paskirtas");

        page.selectOption("#status-target", "CLOSED");
        page.click("#status-form button[type=submit]");
        assertThat(page.locator("#request-status")).hasText("uždarytas");
        assertThat(page.locator("#timeline")).containsText("paskirtas → uždarytas");
    }

    @Test
    void anAdministratorHearsAtOnceOfAnUrgentRequestNobodyCouldTake() {
        nobodyIsOnDuty();
        logIn(ADMIN, ADMIN_PASSWORD);
        page.waitForCondition(() -> "true".equals(page.evaluate("document.body.dataset.liveReady")));

        var body = Fixtures.phoneRequest(unique("UAB Niekas "), "niekas@niekas.lt");
        body.put("urgent", true);
        String number = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("number");

        assertThat(page.locator("#toasts .toast")).containsText("Skubus kreipinys " + number + " be konsultanto");
    }

    /**
     * The dashboard's request lists: for the administrator the urgent requests nobody leads, then the
     * other unassigned ones, then (after the feedback follow-ups) their own; for a consultant only
     * their own open requests.
     */
    @Test
    void theDashboardListsWhatWaitsForAConsultantAndWhatIsMine() {
        nobodyIsOnDuty();
        var urgent = Fixtures.phoneRequest(unique("UAB Skubi "), "s@skubi.lt");
        urgent.put("urgent", true);
        String urgentNumber = admin().post("/api/v1/requests", JSON.writeValueAsString(urgent)).field("number");
        String waitingNumber = admin().post("/api/v1/requests",
                JSON.writeValueAsString(Fixtures.phoneRequest(unique("UAB Laukia "), "l@laukia.lt"))).field("number");
        String consultant = unique("mano");
        staffMember(consultant, "CONSULTANT");
        var mine = admin().post("/api/v1/requests", JSON.writeValueAsString(Fixtures.phoneRequest(unique("UAB Mano "), "m@mano.lt")));
        admin().post("/api/v1/requests/" + mine.field("id") + "/assignments",
                "{\"consultant\": \"%s\", \"role\": \"LEAD\"}".formatted(consultant));

        logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("#urgent-unassigned")).containsText(urgentNumber);
        assertThat(page.locator("#urgent-unassigned tr.urgent").first()).containsText("skubu");
        assertThat(page.locator("#unassigned")).containsText(waitingNumber);
        assertThat(page.locator("#unassigned")).not().containsText(urgentNumber);
        assertThat(page.locator("#unassigned")).not().containsText(mine.field("number"));
        assertThat(page.locator("h2").allTextContents()).containsSubsequence("Skubūs kreipiniai be konsultanto",
                "Nepaskirstyti kreipiniai", "Žemi klientų įvertinimai", "Mano atviri kreipiniai");

        context.clearCookies();
        logIn(consultant, PASSWORD);
        assertThat(page.locator("#mine")).containsText(mine.field("number"));
        assertThat(page.locator("#mine")).containsText("paskirtas");
        assertThat(page.locator("#urgent-unassigned")).hasCount(0);
        assertThat(page.locator("#unassigned")).hasCount(0);
        page.click("#mine a:has-text('" + mine.field("number") + "')");
        assertThat(page.locator("h1")).containsText(mine.field("number"));
    }
}
