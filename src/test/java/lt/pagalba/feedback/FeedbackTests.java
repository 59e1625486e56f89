package lt.pagalba.feedback;

import static lt.pagalba.feedback.FeedbackInvitations.closeRequest;
import static lt.pagalba.feedback.FeedbackInvitations.invitation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import lt.pagalba.feedback.FeedbackInvitations.Invited;
import lt.pagalba.mail.Outbox;
import lt.pagalba.request.RequestEvents.RequestClosed;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import lt.pagalba.support.ApiTestSupport;
import lt.pagalba.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R16 over real HTTP and the real database: a closed request invites its contact once; the signed
 * link rates once, refuses a second answer, an altered token and an expired link; a low rating comes
 * back to the administrator's dashboard; an opted-out address is invited no more; the feedback page
 * averages by month and by consultant.
 */
class FeedbackTests extends ApiTestSupport {

    @Autowired
    Outbox outbox;

    @Autowired
    FeedbackInviter inviter;

    @Autowired
    FeedbackTokens tokens;

    @Autowired
    Feedback feedback;

    @Autowired
    JdbcClient jdbc;

    private Invited invited(String email, String clientId, String... consultants) {
        String id = closeRequest(admin(), unique("UAB Atsiliepimas "), email, clientId, consultants);
        return invitation(outbox, id, admin().get("/api/v1/requests/" + id).field("number"));
    }

    private WebSession.Page rate(Invited invited, String rating, String comment) {
        return new WebSession(port).submit(invited.path(), invited.ratePath(), Map.of("rating", rating, "comment", comment));
    }

    private long feedbackMails(String requestId) {
        return outbox.forRequest(RequestId.parse(requestId)).stream().filter(m -> m.kind().equals("FEEDBACK")).count();
    }

    @Test
    void closingARequestQueuesOneInvitationInTheClientsLanguageAndARedeliveryQueuesNone() {
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","language":"en","billing":{"period":"MONTH","hourlyRate":"45.00"}}"""
                .formatted(unique("Feedback Ltd "), companyCode())).field("id");
        Invited invited = invited(unique("anglas") + "@feedback.lt", clientId);

        assertThat(invited.mail().subject()).isEqualTo("[" + invited.number() + "] How did we do?");
        assertThat(invited.mail().bodyText()).contains("Your request " + invited.number(), "If you would rather not receive requests for feedback",
                invited.optOutPath() + "?lang=en");
        assertThat(invited.language()).isEqualTo("en");
        assertThat(invited.token()).hasSize(FeedbackTokens.LENGTH);

        // the close event delivered again (a crash before it was marked done): no second invitation, no second mail
        var again = new RequestClosed(RequestId.parse(invited.requestId()), invited.number(), ClientId.parse(clientId), invited.mail().recipient());
        assertThat(inviter.invite(again)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_invitation WHERE request_id = :id")
                .param("id", UUID.fromString(invited.requestId())).query(Long.class).single()).isEqualTo(1);
        assertThat(feedbackMails(invited.requestId())).isEqualTo(1);
        // the database keeps the token's hash, never the token
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_invitation WHERE encode(token_hash, 'escape') LIKE :t")
                .param("t", "%" + invited.token() + "%").query(Long.class).single()).isZero();

        // the page speaks the client's language
        var page = new WebSession(port).get(invited.path());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Rate our help", invited.number(), "5 – excellent");
    }

    @Test
    void aLinkRatesOnceAndRefusesASecondAnswer() {
        Invited invited = invited(unique("ona") + "@atsiliepimas.lt", null);

        var form = new WebSession(port).get(invited.path());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("Įvertinkite mūsų pagalbą", invited.number(), "Neatsidaro metinė ataskaita");

        var thanks = rate(invited, "4", "Greitai ir aiškiai, ačiū");
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.html()).contains("data-outcome=\"RATED\"", "Ačiū!");
        assertThat(feedback.ratingOf(invited.request())).hasValueSatisfying(r -> {
            assertThat(r.rating()).isEqualTo(4);
            assertThat(r.comment()).isEqualTo("Greitai ir aiškiai, ačiū");
        });
        assertThat(feedback.followUpOf(invited.request())).isEmpty();

        // the same link again: refused, the first answer stands
        var second = new WebSession(port).post(invited.ratePath(), Map.of("rating", "1"));
        assertThat(second.status()).isEqualTo(403); // no CSRF token: refused before anything
        var again = rate(invited, "1", "kitaip");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.html()).contains("data-outcome=\"ALREADY_RATED\"", "jau įvertinote");
        assertThat(feedback.ratingOf(invited.request()).orElseThrow().rating()).isEqualTo(4);
        assertThat(new WebSession(port).get(invited.path()).html()).contains("data-outcome=\"ALREADY_RATED\"");

        // the administrator reads it through the API
        var ratings = admin().get("/api/v1/feedback?size=500").json().path("items");
        assertThat(StreamSupport.stream(ratings.spliterator(), false).filter(r -> r.path("requestNumber").asString().equals(invited.number())))
                .singleElement().satisfies(r -> assertThat(r.path("rating").asInt()).isEqualTo(4));
        assertThat(api().basic(staffMemberName(), PASSWORD).get("/api/v1/feedback").status()).isEqualTo(403);
    }

    @Test
    void twoAnswersAtTheSameMomentCountOnce() throws Exception {
        Invited invited = invited(unique("du") + "@atsiliepimas.lt", null);
        var first = CompletableFuture.supplyAsync(() -> feedback.rate(invited.token(), new RatingForm.Answer(5, "pirmas")));
        var second = CompletableFuture.supplyAsync(() -> feedback.rate(invited.token(), new RatingForm.Answer(1, "antras")));
        var outcomes = List.of(first.get().outcome(), second.get().outcome());

        assertThat(outcomes).containsExactlyInAnyOrder(Feedback.Outcome.RATED, Feedback.Outcome.ALREADY_RATED);
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_response WHERE request_id = :id")
                .param("id", UUID.fromString(invited.requestId())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAlteredOrUnknownTokenIsNotAValidLink() {
        Invited invited = invited(unique("keist") + "@atsiliepimas.lt", null);
        String token = invited.token();
        char last = token.charAt(10);
        String altered = token.substring(0, 10) + (last == 'A' ? 'B' : 'A') + token.substring(11);
        String unknown = tokens.issue().token(); // signed right, but never sent to anyone

        for (String bad : new String[]{altered, unknown, token.substring(1), "nera", token + "x"}) {
            var page = new WebSession(port).get("/atsiliepimas/" + bad);
            assertThat(page.status()).as(bad).isEqualTo(404);
            assertThat(page.html()).contains("data-outcome=\"INVALID\"", "Nuoroda netinkama");
            assertThat(feedback.open(bad).outcome()).isEqualTo(Feedback.Outcome.INVALID);
        }
        // posting to an altered link records nothing, and the real link still works
        var session = new WebSession(port);
        assertThat(session.submit(invited.path(), "/atsiliepimas/" + altered, Map.of("rating", "5")).status()).isEqualTo(404);
        assertThat(feedback.ratingOf(invited.request())).isEmpty();
        assertThat(rate(invited, "5", "").html()).contains("data-outcome=\"RATED\"");
    }

    @Test
    void anExpiredLinkIsRefused() {
        Invited invited = invited(unique("senas") + "@atsiliepimas.lt", null);
        var session = new WebSession(port);
        var form = session.get(invited.path()); // opened in time…
        assertThat(form.status()).isEqualTo(200);
        jdbc.sql("UPDATE feedback_invitation SET expires_at = now() - interval '1 minute' WHERE request_id = :id")
                .param("id", UUID.fromString(invited.requestId())).update();

        var page = session.get(invited.path());
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.html()).contains("data-outcome=\"EXPIRED\"", "Nuoroda nebegalioja");
        var late = session.submit("/pagalba", invited.ratePath(), Map.of("rating", "5")); // …answered too late
        assertThat(late.status()).isEqualTo(410);
        assertThat(feedback.ratingOf(invited.request())).isEmpty();
    }

    @Test
    void aRatingOutsideOneToFiveOrATooLongCommentIsToldBesideTheField() {
        Invited invited = invited(unique("blogai") + "@atsiliepimas.lt", null);

        var outOfRange = rate(invited, "7", "komentaras lieka");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.html()).contains("id=\"rating-error\"", "Pasirinkite įvertinimą nuo 1 iki 5.", "komentaras lieka");
        assertThat(rate(invited, "penki", "").html()).contains("Pasirinkite įvertinimą nuo 1 iki 5.");
        assertThat(rate(invited, "", "").html()).contains("id=\"rating-error\"", "Šis laukas privalomas.");

        var tooLong = rate(invited, "3", "ž".repeat(2001));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.html()).contains("id=\"comment-error\"", "ne daugiau kaip 2");
        assertThat(feedback.ratingOf(invited.request())).isEmpty();

        // none of that used the link up
        assertThat(rate(invited, "3", "ž".repeat(2000)).html()).contains("data-outcome=\"RATED\"");
    }

    @Test
    void aLowRatingComesBackToTheAdministratorsDashboardUntilDone() {
        Invited invited = invited(unique("pikta") + "@atsiliepimas.lt", null);
        rate(invited, "1", "Niekas nepaskambino atgal");

        var followUp = feedback.followUpOf(invited.request()).orElseThrow();
        assertThat(followUp.isOpen()).isTrue();
        var admin = WebSession.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        var dashboard = admin.get("/");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(section(dashboard.html(), "feedback-follow-ups")).contains(invited.number(), "1 / 5",
                "Niekas nepaskambino atgal");
        assertThat(admin.get("/requests/" + invited.requestId()).html()).contains("id=\"request-rating\"", "1 / 5", "laukia");

        // a consultant's dashboard has no such part
        String consultant = staffMemberName();
        assertThat(WebSession.loggedIn(port, consultant, PASSWORD).get("/").html()).doesNotContain("feedback-follow-ups");

        var done = admin.submit("/feedback", "/feedback/follow-ups/" + followUp.id() + "/done",
                Map.of("note", "Paskambinome, problema išspręsta"));
        assertThat(done.html()).contains("id=\"follow-up-done\"");
        assertThat(feedback.followUpOf(invited.request()).orElseThrow()).satisfies(f -> {
            assertThat(f.status()).isEqualTo("DONE");
            assertThat(f.doneBy()).isEqualTo(ADMIN);
            assertThat(f.note()).isEqualTo("Paskambinome, problema išspręsta");
        });
        assertThat(admin.get("/").html()).doesNotContain(invited.number());
    }

    @Test
    void anAddressThatOptedOutIsInvitedNoMore() {
        String email = unique("ramybe") + "@atsiliepimas.lt";
        Invited invited = invited(email, null);
        var session = new WebSession(port);
        var confirm = session.get(invited.optOutPath());
        assertThat(confirm.html()).contains(email, "id=\"opt-out-form\"");
        var done = session.submit(invited.optOutPath(), invited.optOutPath(), Map.of());
        assertThat(done.html()).contains("id=\"opted-out\"", email);

        // the next request of the same person (address written differently) is closed without an invitation
        String next = closeRequest(admin(), unique("UAB Ramybė "), email.toUpperCase(), null);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE listener_id LIKE '%FeedbackInviter%'
                AND serialized_event LIKE :id AND completion_date IS NOT NULL""")
                .param("id", "%" + next + "%").query(Long.class).single() == 1);
        assertThat(feedback.invitationFor(RequestId.parse(next))).isEmpty();
        assertThat(feedbackMails(next)).isZero();
    }

    @Test
    void theFeedbackPageAveragesByMonthAndByConsultant() {
        String lead = staffMemberName();
        String member = staffMemberName();
        Invited five = invited(unique("a") + "@vidurkis.lt", null, lead, member);
        Invited two = invited(unique("b") + "@vidurkis.lt", null, lead);
        Invited four = invited(unique("c") + "@vidurkis.lt", null, member);
        rate(five, "5", "");
        rate(two, "2", "");
        rate(four, "4", "");

        // two answers eleven months ago (still among the last twelve), one thirteen months ago (not)
        YearMonth elevenAgo = YearMonth.from(Vilnius.today()).minusMonths(11);
        answeredIn(five, elevenAgo);
        answeredIn(two, elevenAgo);
        answeredIn(four, elevenAgo.minusMonths(2));

        var page = WebSession.loggedIn(port, ADMIN, ADMIN_PASSWORD).get("/feedback");
        assertThat(page.status()).isEqualTo(200);
        assertThat(row(page.html(), "data-month=\"" + elevenAgo + "\"")).contains("3,50", ">2<");
        assertThat(page.html()).doesNotContain("data-month=\"" + elevenAgo.minusMonths(2) + "\"");
        assertThat(row(page.html(), "data-consultant=\"" + lead + "\"")).contains("3,50", ">2<");
        assertThat(row(page.html(), "data-consultant=\"" + member + "\"")).contains("4,50", ">2<");
        assertThat(page.html()).contains(two.number()); // its open follow-up
    }

    private void answeredIn(Invited invited, YearMonth month) {
        jdbc.sql("UPDATE feedback_response SET answered_at = :at WHERE request_id = :id")
                .param("at", month.atDay(15).atTime(12, 0).atZone(Vilnius.ZONE).toOffsetDateTime())
                .param("id", UUID.fromString(invited.requestId())).update();
    }

    private String staffMemberName() {
        String username = unique("kons");
        staffMember(username, "CONSULTANT");
        return username;
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("no #" + id + " on the page").isNotNegative();
        return html.substring(start, html.indexOf("</div>", start));
    }

    private static String row(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as("no row " + marker).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
