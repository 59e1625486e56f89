package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.support.Fixtures;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** The administrator on the phone, a client on the public form, and a consultant told of an urgent request. */
class RequestPagesBrowserTests extends BrowserTestSupport {

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

    @Test
    void theConsultantSeesAnUrgentRequestTheMomentItIsAssigned() {
        for (var member : admin().get("/api/v1/staff").json().path("items")) {
            if (member.path("available").asBoolean()) {
                admin().put("/api/v1/staff/" + member.path("username").asString() + "/availability", "{\"available\": false}");
            }
        }
        String consultant = unique("budi");
        staffMember(consultant, "CONSULTANT");
        admin().put("/api/v1/staff/" + consultant + "/availability", "{\"available\": true}");
        logIn(consultant, PASSWORD);
        page.waitForCondition(() -> "true".equals(page.evaluate("document.body.dataset.liveReady")));

        var body = Fixtures.phoneRequest(unique("UAB Dega "), "dega@dega.lt");
        body.put("urgent", true);
        var created = admin().post("/api/v1/requests", tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body));
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
        String id = admin().post("/api/v1/requests", tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body)).field("id");

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
}
