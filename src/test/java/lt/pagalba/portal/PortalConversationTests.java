package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A request's public conversation on the portal: the client's own e-mails, staff replies and status
 * changes in order, with their files; never a note, a status note or another request's file.
 */
class PortalConversationTests extends PortalTestSupport {

    private static final byte[] INVOICE = "%PDF-1.4 kliento sąskaita".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANSWER = "Žingsniai: 1, 2, 3".getBytes(StandardCharsets.UTF_8);

    @Test
    void theRequestShowsTheClientsMailsRepliesAndStatusChangesInOrderButNoNotes() {
        String email = unique("pokalbis") + "@pokalbis.lt";
        String clientId = clientWithContact(unique("UAB Pokalbis "), email);
        String requestId = requestOf(clientId, email, "Nesiunčiama ataskaita");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        clientMailed(number, email, "Pridedu sąskaitą, kurios nepavyksta išsiųsti", "sąskaita.pdf", INVOICE);
        staffWrote(requestId, "REPLY", "Atsakymas klientui: pabandykite iš naujo", "žingsniai.txt", ANSWER);
        staffWrote(requestId, "NOTE", "Vidinė pastaba tik mums", "vidinis.txt", "slapta".getBytes(StandardCharsets.UTF_8));
        resolved(requestId);

        String page = loggedIn(email).get("/portal/requests/" + number).body();

        int registered = page.indexOf("Gautas, netrukus perduosime konsultantui");
        int mail = page.indexOf("Pridedu sąskaitą, kurios nepavyksta išsiųsti");
        int reply = page.indexOf("Atsakymas klientui: pabandykite iš naujo");
        int resolvedAt = page.lastIndexOf("Išspręstas"); // also the status at the top
        assertThat(List.of(registered, mail, reply, resolvedAt)).allMatch(i -> i > 0).isSorted();
        assertThat(page).contains("Rašė Rūta Žemaitė").contains("sąskaita.pdf").contains("žingsniai.txt")
                .doesNotContain("Vidinė pastaba tik mums").doesNotContain("vidinis.txt")
                .doesNotContain("Vidinė būsenos pastaba");
    }

    @Test
    void theFilesOfMailsAndRepliesDownloadAndNoOtherFileIsFound() {
        String email = unique("failai") + "@failai.lt";
        String clientId = clientWithContact(unique("UAB Failai "), email);
        String requestId = requestOf(clientId, email, "Failų klausimas");
        String otherOfMine = requestOf(clientId, email, "Kitas mano klausimas");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        clientMailed(number, email, "Štai failas", "sąskaita.pdf", INVOICE);
        String replyFile = fileOf(staffWrote(requestId, "REPLY", "Štai atsakymas", "žingsniai.txt", ANSWER));
        String noteFile = fileOf(staffWrote(requestId, "NOTE", "Pastaba", "vidinis.txt", "slapta".getBytes(StandardCharsets.UTF_8)));
        String theirs = unique("svetimi") + "@svetimi.lt";
        String theirClient = clientWithContact(unique("UAB Svetimi failai "), theirs);
        String theirRequest = requestOf(theirClient, theirs, "Svetimas");
        String theirNumber = admin().get("/api/v1/requests/" + theirRequest).field("number");
        String theirFile = fileOf(staffWrote(theirRequest, "REPLY", "Svetimas atsakymas", "svetimas.txt", ANSWER));
        PortalClient me = loggedIn(email);
        String page = me.get("/portal/requests/" + number).body();
        String mailFile = between(page, "/files/", "\"", page.indexOf("sąskaita.pdf") - 80);

        var reply = me.download("/portal/requests/" + number + "/files/" + replyFile);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(ANSWER);
        assertThat(reply.disposition()).startsWith("attachment").contains("UTF-8''%C5%BEingsniai.txt");
        var mailed = me.download("/portal/requests/" + requestId + "/files/" + mailFile);
        assertThat(mailed.status()).isEqualTo(200);
        assertThat(mailed.body()).isEqualTo(INVOICE);

        for (String path : List.of("/portal/requests/" + number + "/files/" + noteFile,
                "/portal/requests/" + number + "/files/" + theirFile,
                "/portal/requests/" + theirNumber + "/files/" + theirFile,
                "/portal/requests/" + otherOfMine + "/files/" + replyFile,
                "/portal/requests/" + otherOfMine + "/files/" + mailFile,
                "/portal/requests/" + number + "/files/" + UUID.randomUUID(),
                "/portal/requests/" + number + "/files/" + guessedNext(replyFile),
                "/portal/requests/" + number + "/files/not-an-id")) {
            assertThat(me.download(path).status()).as(path).isEqualTo(404);
        }
    }

    private static String fileOf(JsonNode message) {
        return message.path("attachments").get(0).path("id").asString();
    }

    /** The id next to a known one, as someone counting up would try. */
    private static String guessedNext(String id) {
        UUID known = UUID.fromString(id);
        return new UUID(known.getMostSignificantBits(), known.getLeastSignificantBits() + 1).toString();
    }

    private static String between(String text, String start, String end, int from) {
        int at = text.indexOf(start, from) + start.length();
        return text.substring(at, text.indexOf(end, at));
    }
}
