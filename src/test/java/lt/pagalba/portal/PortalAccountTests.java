package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Map;
import lt.pagalba.mail.OutboxFlush;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.WorkEntryBuilder;
import org.junit.jupiter.api.Test;

/** What a contact sees and does besides the requests list: no staff-only text, the client's language, hours, stopping statements. */
class PortalAccountTests extends PortalTestSupport {

    @Test
    void aRequestShowsItsStatusInPlainWordsAndWhoWorksOnItButNoStaffNote() {
        String email = unique("eiga") + "@eiga.lt";
        String clientId = clientWithContact(unique("UAB Eiga "), email);
        String requestId = requestOf(clientId, email, "Klaida ataskaitoje");
        String consultant = unique("kons");
        staffMember(consultant, "CONSULTANT");
        assertThat(admin().post("/api/v1/requests/" + requestId + "/assignments",
                "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(consultant)).status()).isIn(200, 201);
        var moved = admin().post("/api/v1/requests/" + requestId + "/status",
                "{\"status\":\"IN_PROGRESS\",\"note\":\"Vidinė pastaba: klientas skolingas\"}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        PortalClient browser = loggedIn(email);

        String page = browser.get("/portal/requests/" + requestId).body();
        assertThat(page).contains("Sprendžiamas").contains("Jonas Jonaitis").doesNotContain("Vidinė pastaba")
                .doesNotContain(consultant);
    }

    @Test
    void pagesSpeakTheClientsLanguageUntilThePersonChoosesAnother() {
        String email = unique("english") + "@company.lt";
        String clientId = clientWithContact(unique("UAB English "), email);
        assertThat(admin().patch("/api/v1/clients/" + clientId, "{\"language\":\"en\"}").status()).isEqualTo(200);
        PortalClient browser = loggedIn(email);

        assertThat(browser.get("/portal").body()).contains("<html lang=\"en\">").contains("Requests");
        assertThat(browser.get("/portal?lang=lt").body()).contains("<html lang=\"lt\">");
        assertThat(browser.get("/portal/hours").body()).as("the choice is kept").contains("Valandos");
    }

    @Test
    void withoutAContractTheHoursShowTheTimeWorkedThisPeriod() {
        String email = unique("be") + "@sutarties.lt";
        String clientId = clientWithContact(unique("UAB Be sutarties "), email);
        String requestId = requestOf(clientId, email, "Konsultacija");
        WorkEntryBuilder.aWorkEntry().of(75).minutes().on(Vilnius.today()).writtenInto(jdbc, clientId, requestId);

        String hours = loggedIn(email).get("/portal/hours").body();
        assertThat(hours).contains("Šį laikotarpį panaudota 1:15 val.").doesNotContain("Liko");
    }

    @Test
    void aContactStopsStatementsWithThePortalAsEvidenceAndIsToldByEmail() throws MessagingException {
        String email = unique("stop") + "@israsai.lt";
        String clientId = clientWithContact(unique("UAB Išrašai "), email);
        PortalClient browser = loggedIn(email);
        browser.post("/portal/statements", "/portal/statements/subscription", Map.of("frequency", "QUARTER"));
        assertThat(admin().get("/api/v1/clients/" + clientId + "/report-subscription").field("frequency")).isEqualTo("QUARTER");

        var stopped = browser.post("/portal/statements", "/portal/statements/subscription/cancel", Map.of());
        assertThat(stopped.status()).isEqualTo(302);
        assertThat(browser.get("/portal/statements").body()).contains("Išrašai el. paštu neužsakyti.");
        var history = admin().get("/api/v1/clients/" + clientId + "/report-subscription/history").json().path("items");
        assertThat(history.get(0).path("action").asString()).isEqualTo("CANCELLED");
        assertThat(history.get(0).path("evidenceText").asString()).startsWith("portal: " + email);
        assertThat(history.get(1).path("action").asString()).isEqualTo("SUBSCRIBED");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            OutboxFlush.sendDue(application);
            return PortalSmtp.receivedBy(email).stream().anyMatch(m -> subject(m).equals("Išrašų nebesiųsime"));
        });
        assertThat(browser.post("/portal/statements", "/portal/statements/subscription/cancel", Map.of()).status())
                .as("stopping again is no error").isEqualTo(302);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
