package lt.pagalba.request;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import lt.pagalba.shared.Actor;
import lt.pagalba.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The public form takes the company on the sender's word only as far as a word goes (issue 13 item 2,
 * issue 15 item 2): it makes no client and adds no contact; a request whose sender is not a known contact
 * of the client the text matches is registered with the company as typed, "client not confirmed", and the
 * administrator links it to a client or makes one from it in one step on the request page.
 */
class ClientNotConfirmedBrowserTests extends BrowserTestSupport {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequiredInformation required;

    @Test
    void aCompanyCodeOnThePublicFormNeitherRegistersUnderThatClientNorAddsAContact() {
        String code = companyCode();
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s"}""".formatted(unique("UAB Svetimas "), code)).field("id");

        JsonNode request = sendPublicForm(code, unique("kitas") + "@kitur.lt");

        assertThat(request.path("client").isNull()).isTrue();
        assertThat(request.path("clientConfirmed").asBoolean()).isFalse();
        assertThat(request.path("companyName").asString()).isEqualTo(code);
        assertThat(request.path("suggestedClient").path("id").asString()).isEqualTo(clientId);
        assertThat(admin().get("/api/v1/clients/" + clientId).json().path("contacts")).isEmpty();
    }

    @Test
    void companyTextThatMatchesNoClientMakesNoClient() {
        String typed = "12345 " + unique("");
        JsonNode request = sendPublicForm(typed, "ona@niekur.lt");

        assertThat(request.path("client").isNull()).isTrue();
        assertThat(request.path("companyName").asString()).isEqualTo(typed);
        assertThat(request.path("suggestedClient").isNull()).isTrue();
        assertThat(admin().get("/api/v1/clients?q=" + typed.replace(" ", "+")).json().path("total").asLong()).isZero();
    }

    @Test
    void aKnownContactOfTheMatchedClientIsThatClientsRequest() {
        String name = unique("UAB Pažįstamas ");
        String clientId = client(name);
        String email = unique("rasa") + "@pazistamas.lt";
        admin().post("/api/v1/clients/" + clientId + "/contacts", """
                {"firstName":"Rasa","lastName":"Rasienė","position":"Buhalterė","phone":"+37061111111","email":"%s"}""".formatted(email));

        JsonNode request = sendPublicForm(name, email);

        assertThat(request.path("client").path("id").asString()).isEqualTo(clientId);
        assertThat(request.path("clientConfirmed").asBoolean()).isTrue();
        assertThat(request.path("contact").path("email").asString()).isEqualTo(email);
        assertThat(admin().get("/api/v1/clients/" + clientId).json().path("contacts")).hasSize(1);
    }

    @Test
    void theAdministratorLinksTheRequestToTheSuggestedClientInOneStep() {
        String name = unique("UAB Siūlomas ");
        String clientId = client(name);
        String email = unique("jonas") + "@siulomas.lt";
        JsonNode request = sendPublicForm(name.toUpperCase(), email);

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + request.path("id").asString()));
        assertThat(page.locator("#client-not-confirmed")).containsText("Klientas nepatvirtintas");
        assertThat(page.locator("#client-not-confirmed")).containsText(name.toUpperCase());
        page.click("#link-suggested button");

        assertThat(page.locator("#client-not-confirmed")).hasCount(0);
        assertThat(page.locator("dl.facts a:has-text('" + name + "')")).isVisible();
        assertThat(page.locator("#timeline")).containsText("Patvirtintas klientas");
        JsonNode linked = admin().get("/api/v1/requests/" + request.path("id").asString()).json();
        assertThat(linked.path("client").path("id").asString()).isEqualTo(clientId);
        assertThat(linked.path("clientConfirmed").asBoolean()).isTrue();
        assertThat(admin().get("/api/v1/clients/" + clientId).json().path("contacts").get(0).path("email").asString())
                .isEqualTo(email);
    }

    @Test
    void theAdministratorMakesAClientFromTheTypedCompanyOrIsToldNoneMatches() {
        JsonNode request = sendPublicForm("12345 " + unique(""), "petras@naujas.lt");
        String newName = unique("UAB Naujas ");

        logIn(ADMIN, ADMIN_PASSWORD);
        page.navigate(url("/requests/" + request.path("id").asString()));
        assertThat(page.locator("#link-suggested")).hasCount(0);
        page.fill("#confirm-client", unique("UAB Nėra "));
        page.click("#link-client button");
        assertThat(page.locator("#action-error")).containsText("neradome");

        page.fill("#new-client-name", newName);
        page.click("#create-client button");
        assertThat(page.locator("dl.facts a:has-text('" + newName + "')")).isVisible();
        JsonNode linked = admin().get("/api/v1/requests/" + request.path("id").asString()).json();
        assertThat(linked.path("client").path("name").asString()).isEqualTo(newName);
        assertThat(admin().get("/api/v1/clients/" + linked.path("client").path("id").asString()).json()
                .path("contacts").get(0).path("email").asString()).isEqualTo("petras@naujas.lt");
    }

    @Test
    void completingAnEmailedRequestWithAClientsCodeLeavesTheClientToTheAdministrator() {
        String code = companyCode();
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s"}""".formatted(unique("UAB Kodas "), code)).field("id");
        String sender = unique("laiskas") + "@kitur.lt";
        RequestView waiting = intake.registerIncomplete(required.asGiven(new RequestRegistration(Channel.EMAIL, null, null,
                new RequestRegistration.Contact("Ona", "Onaitė", null, null, sender), "Neveikia eksportas", null, false,
                null, null)), Actor.SYSTEM);

        page.navigate(url("/pagalba/papildyti?number=" + waiting.number()));
        page.fill("#email", sender);
        page.fill("#companyName", code);
        page.fill("[id='contact.position']", "Buhalterė");
        page.fill("[id='contact.phone']", "+37061234567");
        page.click("#complete-form button[type=submit]");
        assertThat(page.locator("#registered-number")).hasText(waiting.number());

        JsonNode request = admin().get("/api/v1/requests/" + waiting.id()).json();
        assertThat(request.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(request.path("client").isNull()).isTrue();
        assertThat(request.path("companyName").asString()).isEqualTo(code);
        assertThat(request.path("suggestedClient").path("id").asString()).isEqualTo(clientId);
        assertThat(admin().get("/api/v1/clients/" + clientId).json().path("contacts")).isEmpty();
    }

    /** Sends the public form as a stranger would and returns the request it registered, as the API shows it. */
    private JsonNode sendPublicForm(String company, String email) {
        page.navigate(url("/pagalba"));
        page.fill("#companyName", company);
        page.fill("[id='contact.firstName']", "Ona");
        page.fill("[id='contact.lastName']", "Onaitė");
        page.fill("[id='contact.position']", "Buhalterė");
        page.fill("[id='contact.phone']", "+37061234567");
        page.fill("[id='contact.email']", email);
        page.fill("#summary", "Neveikia ataskaita");
        page.click("#web-form button[type=submit]");
        String number = page.locator("#registered-number").textContent().trim();
        String id = admin().get("/api/v1/requests?q=" + number).json().path("items").get(0).path("id").asString();
        context.clearCookies();
        return admin().get("/api/v1/requests/" + id).json();
    }
}
