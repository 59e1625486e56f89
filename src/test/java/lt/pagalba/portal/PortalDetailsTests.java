package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A contact adds details and files to a request on the portal (R3): they join it as the client's
 * reply e-mail would, the lead hears of it, and bad input is named beside its field.
 */
class PortalDetailsTests extends PortalTestSupport {

    private static final byte[] ACT = "%PDF-1.4 suderinimo aktas".getBytes(StandardCharsets.UTF_8);

    @Autowired
    DataSource dataSource;

    @Test
    void detailsWithAFileJoinTheRequestAsTheClientsEmailAndTheLeadIsTold() throws Exception {
        String email = unique("papildo") + "@papildymai.lt";
        String clientId = clientWithContact(unique("UAB Papildymai "), email);
        String requestId = requestOf(clientId, email, "Nesutampa likučiai");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        String lead = ledBy(requestId);
        PortalClient me = loggedIn(email);

        try (Connection listening = dataSource.getConnection()) {
            try (Statement listen = listening.createStatement()) {
                listen.execute("LISTEN pagalba_signals");
            }
            var added = me.postMultipart("/portal/requests/" + number + "/details", new PortalMultipart()
                    .field("_csrf", me.csrfOn("/portal/requests/" + number))
                    .field("text", "Pridedu suderinimo aktą su tiekėju")
                    .file("files", "suderinimo aktas.pdf", "application/pdf", ACT));
            assertThat(added.status()).isEqualTo(302);
            assertThat(added.location()).endsWith("/portal/requests/" + number + "?added");
            PGNotification[] notices = listening.unwrap(PGConnection.class).getNotifications(5_000);
            assertThat(notices).as("a live notice").isNotNull();
            assertThat(Arrays.stream(notices).map(PGNotification::getParameter))
                    .anySatisfy(n -> assertThat(n).contains("\"clientWrote\"").contains(lead).contains(number));
        }

        JsonNode mail = StreamSupport.stream(admin().get("/api/v1/requests/" + requestId + "/messages").json().path("items")
                .spliterator(), false).filter(m -> m.path("kind").asString().equals("EMAIL")).findFirst().orElseThrow();
        assertThat(mail.path("direction").asString()).isEqualTo("IN");
        assertThat(mail.path("from").asString()).isEqualTo(email);
        assertThat(mail.path("body").asString()).isEqualTo("Pridedu suderinimo aktą su tiekėju");
        assertThat(mail.path("subject").asString()).startsWith("[" + number + "]");
        JsonNode file = mail.path("attachments").get(0);
        assertThat(file.path("name").asString()).isEqualTo("suderinimo aktas.pdf");
        assertThat(admin().get(file.path("href").asString()).bytes()).as("in the inbox's files").isEqualTo(ACT);
        assertThat(admin().get("/api/v1/requests/" + requestId + "/timeline").text()).contains("EMAIL_RECEIVED");
        String page = me.get("/portal/requests/" + number + "?added").body();
        assertThat(page).contains("id=\"details-added\"").contains("Pridedu suderinimo aktą su tiekėju")
                .contains("suderinimo aktas.pdf");
    }

    @Test
    void badInputIsNamedBesideItsFieldAndNothingIsAdded() {
        String email = unique("klaidos") + "@papildymai.lt";
        String clientId = clientWithContact(unique("UAB Klaidos "), email);
        String requestId = requestOf(clientId, email, "Klaidingi papildymai");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        PortalClient me = loggedIn(email);
        String path = "/portal/requests/" + number + "/details";

        var empty = me.postMultipart(path, new PortalMultipart().field("_csrf", me.csrfOn("/portal/requests/" + number))
                .field("text", "  "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"details-text-error\"").contains("Šis laukas privalomas.");

        var tooLarge = me.postMultipart(path, new PortalMultipart().field("_csrf", me.csrfOn("/portal/requests/" + number))
                .field("text", "Didelis failas").file("files", "didelis.bin", "application/octet-stream", new byte[26 * 1024 * 1024]));
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("id=\"details-files-error\"").contains("25 MB").contains("Didelis failas");

        var overTheCeiling = me.postMultipart(path, new PortalMultipart().field("_csrf", me.csrfOn("/portal/requests/" + number))
                .field("text", "Per didelis").file("files", "milžinas.bin", "application/octet-stream", new byte[51 * 1024 * 1024]));
        assertThat(overTheCeiling.status()).as("refused unread above the ceiling").isEqualTo(413);

        var forged = me.postMultipart(path, new PortalMultipart().field("text", "Be CSRF"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/requests/" + requestId + "/messages").text()).doesNotContain("\"EMAIL\"");

        resolved(requestId);
        moveTo(requestId, "CLOSED");
        assertThat(me.get("/portal/requests/" + number).body()).doesNotContain("id=\"details-form\"");
        var closed = me.postMultipart(path, new PortalMultipart().field("_csrf", me.csrfOn("/portal/requests/" + number))
                .field("text", "Dar vienas"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.body()).contains("id=\"details-error\"");
        assertThat(admin().get("/api/v1/requests/" + requestId + "/messages").text()).doesNotContain("\"EMAIL\"");
    }

    @Test
    void anotherCompanysRequestTakesNoDetails() {
        String mine = unique("mano") + "@papildymai.lt";
        String theirs = unique("ju") + "@kiti.lt";
        clientWithContact(unique("UAB Mano papildymai "), mine);
        String theirClient = clientWithContact(unique("UAB Kiti "), theirs);
        String theirRequest = requestOf(theirClient, theirs, "Svetimas");
        String theirNumber = admin().get("/api/v1/requests/" + theirRequest).field("number");
        PortalClient me = loggedIn(mine);

        for (String target : new String[]{theirNumber, theirRequest}) {
            var answer = me.postMultipart("/portal/requests/" + target + "/details",
                    new PortalMultipart().field("_csrf", me.csrfOn("/portal")).field("text", "Įsibrovėlis"));
            assertThat(answer.status()).as(target).isEqualTo(404);
        }
        assertThat(admin().get("/api/v1/requests/" + theirRequest + "/messages").text()).doesNotContain("Įsibrovėlis");
    }
}
