package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lt.pagalba.servicelevel.Escalations;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Escalation (issue 17) over real SMTP: an urgent request received on Wednesday 1 March 2006 at 10:00
 * (moved back in time with its timeline) is near its 30-minute first contact at 10:25 and past it at
 * 10:31; each is told once, also when two instances check the same minute, and e-mailed to the lead,
 * past the target to the administrators too.
 */
class EscalationTests extends MailTestSupport {

    @Autowired
    Escalations escalations;

    @Test
    void aTargetNearAndPastIsToldOnceEachToTheLeadAndPastItToTheAdministrators() throws Exception {
        drain();
        String lead = unique("ona");
        staffMember(lead, "CONSULTANT");
        String request = urgentRequestLedBy(lead);
        receivedAt(request, OffsetDateTime.parse("2006-03-01T10:00+02:00"));

        assertThat(escalations.check(OffsetDateTime.parse("2006-03-01T10:20+02:00"))).as("two thirds used").isZero();
        assertThat(escalations.check(OffsetDateTime.parse("2006-03-01T10:25+02:00"))).isEqualTo(1);
        assertThat(escalations.check(OffsetDateTime.parse("2006-03-01T10:26+02:00"))).as("told already").isZero();
        List<Integer> twoInstances = sameMinuteTwice(OffsetDateTime.parse("2006-03-01T10:31+02:00"));

        assertThat(twoInstances).containsExactlyInAnyOrder(0, 1);
        assertThat(jdbc.sql("SELECT target || ':' || level FROM service_escalation WHERE request_id = :id ORDER BY level")
                .param("id", UUID.fromString(request)).query(String.class).list())
                .containsExactly("FIRST_CONTACT:NEAR", "FIRST_CONTACT:PAST");
        await().atMost(Duration.ofSeconds(20)).until(() -> queued(request) == 2 + administrators());
        drain();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : TestSmtp.receivedBy(lead + "@stekas.lt")) {
            subjects.add(subject(mail));
        }
        String number = jdbc.sql("SELECT number FROM support_request WHERE id = :id").param("id", UUID.fromString(request))
                .query(String.class).single();
        assertThat(subjects).containsExactlyInAnyOrder("[" + number + "] Artėja terminas: pirmasis kontaktas su klientu",
                "[" + number + "] Praleistas terminas: pirmasis kontaktas su klientu");
    }

    private String urgentRequestLedBy(String lead) {
        var body = Fixtures.phoneRequest(null, "ona@skubu.lt");
        body.put("clientId", client(unique("UAB „Skubu“ ")));
        body.put("urgent", true);
        String id = admin().post("/api/v1/requests", JsonMapper.builder().build().writeValueAsString(body)).field("id");
        var assigned = admin().post("/api/v1/requests/" + id + "/assignments", "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(lead));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
        return id;
    }

    /** Moves the request and everything on its timeline back in time, keeping their order. */
    private void receivedAt(String id, OffsetDateTime target) {
        UUID request = UUID.fromString(id);
        OffsetDateTime received = jdbc.sql("SELECT received_at FROM support_request WHERE id = :id").param("id", request)
                .query(OffsetDateTime.class).single();
        long seconds = received.toEpochSecond() - target.toEpochSecond();
        jdbc.sql("UPDATE support_request SET received_at = :at WHERE id = :id").param("at", target).param("id", request).update();
        jdbc.sql("UPDATE request_event SET occurred_at = occurred_at - make_interval(secs => :s) WHERE request_id = :id")
                .param("s", seconds).param("id", request).update();
    }

    /** Two instances' minute jobs at once: both check in their own transactions. */
    private List<Integer> sameMinuteTwice(OffsetDateTime now) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> check = () -> escalations.check(now);
            List<Future<Integer>> runs = pool.invokeAll(List.of(check, check));
            List<Integer> told = new ArrayList<>();
            for (Future<Integer> run : runs) {
                told.add(run.get());
            }
            return told;
        } finally {
            pool.shutdown();
        }
    }

    private long queued(String request) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE source_key LIKE :key")
                .param("key", "escalation:" + request + ":%").query(Long.class).single();
    }

    private long administrators() {
        return admin().get("/api/v1/staff").json().path("items").valueStream()
                .filter(s -> s.path("active").asBoolean(true))
                .filter(s -> s.path("roles").valueStream().anyMatch(r -> r.asString().equals("ADMINISTRATOR"))).count();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
