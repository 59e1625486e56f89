package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.mail.OutboxFlush;
import org.junit.jupiter.api.Test;

/**
 * Feedback (R16) for a closed request from the portal as well as from the e-mailed link: the feedback
 * module's rules, one rating per request whichever way it came.
 */
class PortalFeedbackTests extends PortalTestSupport {

    private static final Pattern FEEDBACK_LINK = Pattern.compile("https?://[^/\\s]+(/atsiliepimas/[A-Za-z0-9_-]+)");

    @Test
    void aContactRatesAClosedRequestOnThePortalOnceAndTheEmailedLinkThenSaysSo() {
        String email = unique("vertina") + "@vertinimai.lt";
        String clientId = clientWithContact(unique("UAB Vertinimai "), email);
        String requestId = requestOf(clientId, email, "Įvertinkite");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        resolved(requestId);
        moveTo(requestId, "CLOSED");
        String link = feedbackLinkMailedTo(email);
        PortalClient me = loggedIn(email);
        String page = "/portal/requests/" + number;
        assertThat(me.get(page).body()).contains("id=\"rating-form\"");

        var rated = me.post(page, page + "/feedback", Map.of("rating", "2", "comment", "Ilgai laukėme atsakymo"));
        assertThat(rated.status()).isEqualTo(302);
        assertThat(rated.location()).endsWith("?rated");
        String shown = me.get(page + "?rated").body();
        assertThat(shown).contains("id=\"rated\"").contains("2 – blogai").contains("Ilgai laukėme atsakymo")
                .doesNotContain("id=\"rating-form\"");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM feedback_follow_up f JOIN feedback_response r ON r.invitation_id = f.invitation_id
                WHERE r.request_id = CAST(:id AS uuid)""").param("id", requestId).query(Long.class).single())
                .as("a low rating is followed up").isEqualTo(1);

        var again = me.post(page, page + "/feedback", Map.of("rating", "5"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"rating-refused\"").contains("įvertinti galima tik kartą");
        var throughTheLink = new PortalClient(port).get(link);
        assertThat(throughTheLink.body()).contains("Jau įvertinta").doesNotContain("id=\"feedback-form\"");
        assertThat(ratingOf(requestId)).isEqualTo(2);
    }

    @Test
    void aRatingThroughTheEmailedLinkShowsOnThePortalAndTakesNoSecond() {
        String email = unique("nuoroda") + "@vertinimai.lt";
        String clientId = clientWithContact(unique("UAB Nuoroda "), email);
        String requestId = requestOf(clientId, email, "Per nuorodą");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        resolved(requestId);
        moveTo(requestId, "CLOSED");
        String link = feedbackLinkMailedTo(email);

        var throughTheLink = new PortalClient(port).post(link, link, Map.of("rating", "5", "comment", "Ačiū, greitai"));
        assertThat(throughTheLink.status()).isEqualTo(200);
        PortalClient me = loggedIn(email);
        String page = "/portal/requests/" + number;
        assertThat(me.get(page).body()).contains("5 – puikiai").contains("Ačiū, greitai").doesNotContain("id=\"rating-form\"");
        var second = me.post(page, page + "/feedback", Map.of("rating", "1"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(ratingOf(requestId)).isEqualTo(5);
    }

    @Test
    void anAddressThatAskedForNoFeedbackMailsStillRatesOnThePortal() {
        String email = unique("nenori") + "@vertinimai.lt";
        jdbc.sql("INSERT INTO feedback_opt_out (email) VALUES (:e)").param("e", email).update();
        String clientId = clientWithContact(unique("UAB Nenori laiškų "), email);
        String requestId = requestOf(clientId, email, "Be laiškų");
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        resolved(requestId);
        PortalClient me = loggedIn(email);
        String page = "/portal/requests/" + number;
        assertThat(me.post(page, page + "/solved", Map.of()).status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id""")
                .param("id", "%" + requestId + "%").query(Long.class).single() == 0);

        assertThat(me.post(page, page + "/feedback", Map.of("rating", "4")).status()).isEqualTo(302);
        assertThat(ratingOf(requestId)).isEqualTo(4);
        OutboxFlush.sendDue(application);
        assertThat(PortalSmtp.receivedBy(email).stream().map(PortalSmtp::text)).noneMatch(t -> t.contains("/atsiliepimas/"));
    }

    @Test
    void badRatingsAreNamedBesideTheirFieldsAndOnlyTheCompanysClosedRequestsAreRated() {
        String email = unique("blogai") + "@vertinimai.lt";
        String clientId = clientWithContact(unique("UAB Blogi įvertinimai "), email);
        String closed = requestOf(clientId, email, "Užbaigtas");
        String number = admin().get("/api/v1/requests/" + closed).field("number");
        resolved(closed);
        moveTo(closed, "CLOSED");
        String open = requestOf(clientId, email, "Dar atviras");
        String theirs = unique("svetimas") + "@kiti-vertinimai.lt";
        String theirRequest = requestOf(clientWithContact(unique("UAB Svetimi įvertinimai "), theirs), theirs, "Svetimas");
        resolved(theirRequest);
        moveTo(theirRequest, "CLOSED");
        PortalClient me = loggedIn(email);
        String page = "/portal/requests/" + number;

        var outOfRange = me.post(page, page + "/feedback", Map.of("rating", "7"));
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("id=\"rating-error\"").contains("Pasirinkite įvertinimą nuo 1 iki 5.");
        var none = me.post(page, page + "/feedback", Map.of("comment", "Be balo"));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("id=\"rating-error\"").contains("Be balo");
        var tooLong = me.post(page, page + "/feedback", Map.of("rating", "3", "comment", "ž".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("id=\"comment-error\"");
        assertThat(me.get("/portal/requests/" + open).body()).doesNotContain("id=\"rating-form\"");
        assertThat(me.post(page, "/portal/requests/" + open + "/feedback", Map.of("rating", "3")).status()).isEqualTo(409);
        for (String target : List.of(theirRequest, admin().get("/api/v1/requests/" + theirRequest).field("number"))) {
            assertThat(me.post(page, "/portal/requests/" + target + "/feedback", Map.of("rating", "1")).status()).isEqualTo(404);
        }
        assertThat(me.postWithToken(page + "/feedback", Map.of("rating", "3"), null).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_response WHERE request_id IN (CAST(:a AS uuid), CAST(:b AS uuid), CAST(:c AS uuid))")
                .param("a", closed).param("b", open).param("c", theirRequest).query(Long.class).single()).isZero();
    }

    private Integer ratingOf(String requestId) {
        return jdbc.sql("SELECT rating FROM feedback_response WHERE request_id = CAST(:id AS uuid)").param("id", requestId)
                .query(Integer.class).single();
    }

    /** The path of the feedback link e-mailed to the address when its request was closed. */
    private String feedbackLinkMailedTo(String email) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            OutboxFlush.sendDue(application);
            return feedbackLink(email) != null;
        });
        return feedbackLink(email);
    }

    private static String feedbackLink(String email) {
        for (MimeMessage mail : PortalSmtp.receivedBy(email)) {
            Matcher link = FEEDBACK_LINK.matcher(PortalSmtp.text(mail).replace("=\r\n", "").replace("=3D", "="));
            if (link.find()) {
                return link.group(1);
            }
        }
        return null;
    }
}
