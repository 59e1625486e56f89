package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import lt.pagalba.request.AssignmentRole;
import lt.pagalba.request.RequestEvents.RequestAssigned;
import lt.pagalba.shared.RequestId;
import lt.pagalba.staff.NotificationPreferences;
import lt.pagalba.staff.NotificationSettings;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assignment e-mail over real SMTP (issue 13 item 9): a consultant made lead gets a short mail (number,
 * summary, client, link) in the language they chose, once, also when the event is handled twice at
 * once (two instances); a member gets none until they ask for it; whoever turns a kind off gets none.
 */
class AssignmentMailTests extends MailTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    AssignmentMail assignmentMail;

    @Test
    void theLeadGetsOneMailInTheirLanguageAndAMemberNoneByDefault() throws Exception {
        drain();
        String lead = unique("vadove");
        String member = unique("narys");
        staffMember(lead, "CONSULTANT");
        staffMember(member, "CONSULTANT");
        preferences.update(lead, new NotificationSettings("en", true, false, true, true));
        var request = register(unique("UAB „Paskyrimas“ "), "Nesutampa PVM sąskaitos suma");

        assign(request.id(), member, "MEMBER");
        assign(request.id(), lead, "LEAD");
        handled(request.id());
        assertThat(jdbc.sql("""
                SELECT next_attempt - created_at >= interval '59 seconds' FROM outbox_message WHERE kind = 'ASSIGNED' AND recipient = :r""")
                .param("r", lead + "@stekas.lt").query(Boolean.class).single()).as("due behind the client's mail of the moment").isTrue();
        assignmentMailsDue();
        drain();

        List<MimeMessage> toLead = TestSmtp.receivedBy(lead + "@stekas.lt");
        assertThat(toLead).hasSize(1);
        MimeMessage mail = toLead.get(0);
        assertThat(mail.getSubject()).isEqualTo("[" + request.number() + "] Request assigned to you: " + request.company());
        assertThat(text(mail)).contains("You are now the lead of request " + request.number(), "Client: " + request.company(),
                "Summary: Nesutampa PVM sąskaitos suma", "/requests/" + request.id());
        assertThat(TestSmtp.receivedBy(member + "@stekas.lt")).as("members get no mail by default").isEmpty();
    }

    @Test
    void theSameAssignmentHandledTwiceAtOnceQueuesOneMail() {
        drain();
        String lead = unique("dvigubas");
        staffMember(lead, "CONSULTANT");
        var request = register(unique("UAB „Du egzemplioriai“ "), "Neatsidaro ataskaita");
        assign(request.id(), lead, "LEAD");
        handled(request.id());

        RequestAssigned again = new RequestAssigned(RequestId.parse(request.id()), request.number(), lead, AssignmentRole.LEAD, false);
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> assignmentMail.on(again)),
                CompletableFuture.runAsync(() -> assignmentMail.on(again))).join();

        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE kind = 'ASSIGNED' AND recipient = :r")
                .param("r", lead + "@stekas.lt").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMemberWhoAskedForItGetsItInLithuanianAndALeadWhoTurnedItOffGetsNone() throws Exception {
        drain();
        String lead = unique("nenori");
        String member = unique("nori");
        staffMember(lead, "CONSULTANT");
        staffMember(member, "CONSULTANT");
        preferences.update(lead, new NotificationSettings("lt", false, false, true, true));
        preferences.update(member, new NotificationSettings("lt", true, true, true, true));
        var request = register(unique("UAB „Pasirinkimai“ "), "Klaida darbo užmokesčio žiniaraštyje");

        assign(request.id(), lead, "LEAD");
        assign(request.id(), member, "MEMBER");
        handled(request.id());
        assignmentMailsDue();
        drain();

        assertThat(TestSmtp.receivedBy(lead + "@stekas.lt")).isEmpty();
        List<MimeMessage> toMember = TestSmtp.receivedBy(member + "@stekas.lt");
        assertThat(toMember).hasSize(1);
        assertThat(toMember.get(0).getSubject()).isEqualTo("[" + request.number() + "] Jus įtraukė į darbo grupę: " + request.company());
        assertThat(text(toMember.get(0))).contains("Jus įtraukė į kreipinio " + request.number() + " darbo grupę",
                "Klientas: " + request.company(), "/requests/" + request.id());
    }

    private record Registered(String id, String number, String company) {
    }

    private Registered register(String company, String summary) {
        var body = Fixtures.phoneRequest(company, "paskyrimas@klientas.lt");
        body.put("summary", summary);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return new Registered(created.field("id"), created.field("number"), company);
    }

    private void assign(String request, String consultant, String role) {
        var assigned = admin().post("/api/v1/requests/" + request + "/assignments",
                "{\"consultant\":\"%s\",\"role\":\"%s\"}".formatted(consultant, role));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
    }

    /** Every listener of the request's events has run (the assignment mails are queued after the commit). */
    private void handled(String request) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id""")
                .param("id", "%" + request + "%").query(Long.class).single() == 0);
    }

    /** As if the minute the assignment mails wait had passed. */
    private void assignmentMailsDue() {
        jdbc.sql("UPDATE outbox_message SET next_attempt = now() WHERE kind = 'ASSIGNED' AND status = 'QUEUED'").update();
    }

    private static String text(Part mail) throws Exception {
        if (mail.isMimeType("text/plain")) {
            return (String) mail.getContent();
        }
        if (mail.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = child.isMimeType("text/plain") || child.isMimeType("multipart/*") ? text(child) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
