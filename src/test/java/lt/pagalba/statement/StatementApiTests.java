package lt.pagalba.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.mail.Outbox;
import lt.pagalba.mail.OutboxMessage;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R12 over the API: opt-ins recorded with their evidence (also from an inbound e-mail), opt-outs,
 * statements sent only to subscribers (queued in the outbox with their PDF), and automatic sending
 * after a month that reaches subscribers only, once. Work of 2011.
 */
class StatementApiTests extends StatementTestSupport {

    @Autowired
    Outbox outbox;

    @Autowired
    StatementDesk desk;

    @Test
    void subscriptionIsRecordedFromAnInboundEmailByItsMessageId() {
        String client = client("lt", "info@zasu-ukis.lt");

        var recorded = admin().post("/api/v1/clients/" + client + "/report-subscription/from-email",
                "{\"email\":\"ona@zasu-ukis.lt\",\"messageId\":\"CAF+abc.123@mail.zasu-ukis.lt\",\"frequency\":\"MONTH\"}");

        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        var subscription = admin().get("/api/v1/clients/" + client).json().path("reportSubscription");
        assertThat(subscription.path("email").asString()).isEqualTo("ona@zasu-ukis.lt");
        assertThat(subscription.path("frequency").asString()).isEqualTo("MONTH");
        assertThat(subscription.path("evidenceMessageId").asString()).isEqualTo("<CAF+abc.123@mail.zasu-ukis.lt>");
        assertThat(subscription.path("evidenceText").asString()).isEqualTo("email <CAF+abc.123@mail.zasu-ukis.lt>");
        assertThat(subscription.path("recordedBy").asString()).isEqualTo(ADMIN);
        var history = admin().get("/api/v1/clients/" + client + "/report-subscription/history").json().path("items");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("action").asString()).isEqualTo("SUBSCRIBED");
        assertThat(history.get(0).path("evidenceMessageId").asString()).isEqualTo("<CAF+abc.123@mail.zasu-ukis.lt>");

        var noId = admin().post("/api/v1/clients/" + client + "/report-subscription/from-email",
                "{\"email\":\"ona@zasu-ukis.lt\",\"messageId\":\"no id here\"}");
        assertThat(noId.status()).isEqualTo(422);
        assertThat(noId.errorFields()).containsExactly("messageId");
    }

    @Test
    void subscriptionAsApiMdWritesItKeepsHistoryAndTheClientCanOptOut() {
        String client = client("lt", "info@zasu-ukis.lt");
        assertThat(admin().get("/api/v1/clients/" + client).json().path("reportSubscription").isNull()).isTrue();

        var put = admin().put("/api/v1/clients/" + client + "/report-subscription", """
                {"email": "ona@pavyzdys.lt", "requestedAt": "2026-10-01T10:00:00+03:00", "evidence": "email <20261001.ab@pavyzdys.lt>", "frequency": "MONTH"}""");
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.field("evidenceMessageId")).isEqualTo("<20261001.ab@pavyzdys.lt>");
        assertThat(put.field("requestedAt")).startsWith("2026-10-01T10:00");

        var changed = admin().put("/api/v1/clients/" + client + "/report-subscription", """
                {"email": "buhalterija@pavyzdys.lt", "requestedAt": "2026-10-02T09:00:00+03:00", "evidence": "Skambino direktorė ir paprašė siųsti kas ketvirtį", "frequency": "QUARTER"}""");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.field("evidenceMessageId")).isNull();

        assertThat(admin().delete("/api/v1/clients/" + client + "/report-subscription").status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/clients/" + client).json().path("reportSubscription").isNull()).isTrue();
        assertThat(admin().delete("/api/v1/clients/" + client + "/report-subscription").status()).isEqualTo(409);

        var history = admin().get("/api/v1/clients/" + client + "/report-subscription/history").json().path("items");
        assertThat(history).hasSize(3);
        assertThat(List.of(history.get(0).path("action").asString(), history.get(1).path("action").asString(),
                history.get(2).path("action").asString())).containsExactly("CANCELLED", "CHANGED", "SUBSCRIBED");
        var audit = jdbc.sql("SELECT action FROM audit_entry WHERE subject = 'REPORT_SUBSCRIPTION' AND owner_id = :c ORDER BY id")
                .param("c", client).query(String.class).list();
        assertThat(audit).containsExactly("SUBSCRIBED", "UPDATED", "CANCELLED");
    }

    @Test
    void badSubscriptionsAndStatementRequestsNameTheirFields() {
        String client = client("lt", "info@zasu-ukis.lt");
        var bad = admin().put("/api/v1/clients/" + client + "/report-subscription",
                "{\"email\":\"ne-adresas\",\"requestedAt\":\"vakar\",\"frequency\":\"DAILY\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("email", "requestedAt", "frequency", "evidence");
        var future = admin().put("/api/v1/clients/" + client + "/report-subscription",
                "{\"email\":\"a@b.lt\",\"requestedAt\":\"2999-01-01T10:00:00+02:00\",\"evidence\":\"x\",\"frequency\":\"MONTH\"}");
        assertThat(future.errorFields()).containsExactly("requestedAt");

        var missing = admin().post("/api/v1/clients/" + client + "/statements", "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("from", "to");
        var reversed = admin().post("/api/v1/clients/" + client + "/statements", "{\"from\":\"2011-10-31\",\"to\":\"2011-10-01\"}");
        assertThat(reversed.errorFields()).containsExactly("to");
        var tooLong = admin().post("/api/v1/clients/" + client + "/statements", "{\"from\":\"2010-01-01\",\"to\":\"2011-10-01\"}");
        assertThat(tooLong.errorFields()).containsExactly("to");
        var notADate = admin().post("/api/v1/clients/" + client + "/statements", "{\"from\":\"2011-13-01\",\"to\":\"2011-10-01\"}");
        assertThat(notADate.errorFields()).containsExactly("from");

        assertThat(admin().post("/api/v1/clients/" + UUID.randomUUID() + "/statements",
                "{\"from\":\"2011-10-01\",\"to\":\"2011-10-31\"}").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/statements/nonsense").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/statements/" + UUID.randomUUID() + "/pdf").status()).isEqualTo(404);
    }

    @Test
    void consultantsNeitherReadNorMakeStatements() {
        String client = client("lt", "info@zasu-ukis.lt");
        var consultant = staffMember(unique("kons"), "CONSULTANT");
        assertThat(consultant.post("/api/v1/clients/" + client + "/statements", "{\"from\":\"2011-10-01\",\"to\":\"2011-10-31\"}")
                .status()).isEqualTo(403);
        assertThat(consultant.get("/api/v1/clients/" + client + "/statements").status()).isEqualTo(403);
        assertThat(consultant.put("/api/v1/clients/" + client + "/report-subscription", "{}").status()).isEqualTo(403);
        var accountant = staffMember(unique("buh"), "ACCOUNTANT");
        assertThat(accountant.post("/api/v1/clients/" + client + "/statements", "{\"from\":\"2011-10-01\",\"to\":\"2011-10-31\"}")
                .status()).isEqualTo(201);
    }

    @Test
    void sendingWithoutASubscriptionIsRefusedButMakingAndDownloadingIsNot() {
        String client = client("lt", "info@zasu-ukis.lt");
        StatementData.Registered request = request(client, "Neveikia spausdinimas", "Neveikia sąskaitų spausdinimas", LocalDateTime.parse("2011-09-05T09:00"));
        entry(client, request.id(), ADMIN, "2011-09-06", 30, "CONSULTATION", "Nustatytas spausdintuvas", null);

        var refused = admin().post("/api/v1/clients/" + client + "/statements",
                "{\"from\":\"2011-09-01\",\"to\":\"2011-09-30\",\"send\":true}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("detail")).contains("nėra paprašęs siųsti ataskaitų");
        assertThat(admin().get("/api/v1/clients/" + client + "/statements").json().path("items")).isEmpty();

        var made = admin().post("/api/v1/clients/" + client + "/statements", "{\"from\":\"2011-09-01\",\"to\":\"2011-09-30\"}");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().path("sentTo").isNull()).isTrue();
        assertThat(made.json().path("requests").asInt()).isEqualTo(1);
        assertThat(made.json().path("minutes").asInt()).isEqualTo(30);
        var pdf = admin().get("/api/v1/statements/" + made.field("id") + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(outbox.bySource("statement:" + made.field("id"))).isEmpty();
        // sending it later needs the subscription too
        assertThat(admin().post("/api/v1/statements/" + made.field("id") + "/send", "{}").status()).isEqualTo(409);

        // the client's statements are a list as the API's convention has it, paged
        var second = admin().post("/api/v1/clients/" + client + "/statements", "{\"from\":\"2011-09-01\",\"to\":\"2011-09-15\"}");
        assertThat(second.status()).isEqualTo(201);
        var page = admin().get("/api/v1/clients/" + client + "/statements?page=1&size=1").json();
        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("items")).hasSize(1);
    }

    @Test
    void statementForASubscriberIsRecordedAndQueuedWithItsPdf() throws Exception {
        String client = client("lt", "info@zasu-ukis.lt");
        subscribe(client, "ataskaitos@zasu-ukis.lt", "ON_REQUEST");
        StatementData.Registered request = request(client, "Klaida PVM deklaracijoje", "Nesutampa PVM suma", LocalDateTime.parse("2011-08-02T11:00"));
        entry(client, request.id(), ADMIN, "2011-08-03", 45, "CONSULTATION", "Pataisyta PVM deklaracija", null);

        var sent = admin().post("/api/v1/clients/" + client + "/statements",
                "{\"from\": \"2011-08-01\", \"to\": \"2011-08-31\", \"send\": true}");

        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        assertThat(sent.field("sentTo")).isEqualTo("ataskaitos@zasu-ukis.lt");
        assertThat(sent.field("from")).isEqualTo("2011-08-01");
        assertThat(sent.field("to")).isEqualTo("2011-08-31");
        assertThat(sent.json().path("requests").asInt()).isEqualTo(1);
        assertThat(sent.json().path("entries").asInt()).isEqualTo(1);
        assertThat(sent.json().path("minutes").asInt()).isEqualTo(45);
        String id = sent.field("id");
        var lookedUp = admin().get("/api/v1/statements/" + id).json();
        assertThat(lookedUp.path("sentAt").isNull()).isFalse();
        assertThat(admin().get("/api/v1/clients/" + client + "/statements").json().path("items").get(0).path("id").asString())
                .isEqualTo(id);

        OutboxMessage mail = await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.bySource("statement:" + id), Optional::isPresent).orElseThrow();
        assertThat(mail.recipient()).isEqualTo("ataskaitos@zasu-ukis.lt");
        assertThat(mail.kind()).isEqualTo("STATEMENT");
        assertThat(mail.subject()).contains("2011-08-01", "2011-08-31");
        assertThat(mail.bodyText()).contains("išrašą iš konsultacijų žurnalo");
        assertThat(outbox.attachmentNames(mail.id())).containsExactly("israsas-2011-08-01-2011-08-31.pdf");
        byte[] attached = jdbc.sql("SELECT content FROM outbox_attachment WHERE message_id = CAST(:id AS uuid)")
                .param("id", mail.id().text()).query(byte[].class).single();
        // the file sent is the file kept: the statement's PDF, byte for byte
        assertThat(attached).isEqualTo(admin().get("/api/v1/statements/" + id + "/pdf").bytes());
        try (var pdf = Loader.loadPDF(attached)) {
            assertThat(StatementData.text(pdf)).contains("IŠRAŠAS IŠ KONSULTACIJŲ ŽURNALO", "Pataisyta PVM deklaracija");
        }
        // a statement goes out once
        assertThat(admin().post("/api/v1/statements/" + id + "/send", "{}").status()).isEqualTo(409);
    }

    @Test
    void automaticSendingAfterAMonthReachesSubscribersOnlyAndOnlyOnce() {
        String monthly = client("lt", "a@menesis.lt");
        String quarterly = client("en", "b@ketvirtis.lt");
        String onRequest = client("lt", "c@prasius.lt");
        String none = client("lt", "d@niekas.lt");
        String monthlyIdle = client("lt", "e@tuscias.lt");
        for (String c : List.of(monthly, quarterly, onRequest, none)) {
            StatementData.Registered r = request(c, "Klausimas", "Klausimas dėl ataskaitos", LocalDateTime.parse("2011-10-10T10:00"));
            entry(c, r.id(), ADMIN, "2011-10-11", 20, "CONSULTATION", "Atsakyta", null);
        }
        subscribe(monthly, "menesis@zasu-ukis.lt", "MONTH");
        subscribe(monthlyIdle, "tuscias@zasu-ukis.lt", "MONTH");
        subscribe(quarterly, "ketvirtis@zasu-ukis.lt", "QUARTER");
        subscribe(onRequest, "prasius@zasu-ukis.lt", "ON_REQUEST");

        desk.sendAutomatic(YearMonth.of(2011, 10));
        desk.sendAutomatic(YearMonth.of(2011, 10)); // a second instance, or a repeated run

        var statements = admin().get("/api/v1/clients/" + monthly + "/statements").json().path("items");
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).path("from").asString()).isEqualTo("2011-10-01");
        assertThat(statements.get(0).path("to").asString()).isEqualTo("2011-10-31");
        assertThat(statements.get(0).path("automatic").asBoolean()).isTrue();
        assertThat(statements.get(0).path("sentTo").asString()).isEqualTo("menesis@zasu-ukis.lt");
        String id = statements.get(0).path("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.bySource("statement:" + id).isPresent());
        for (String other : List.of(quarterly, onRequest, none, monthlyIdle)) {
            assertThat(admin().get("/api/v1/clients/" + other + "/statements").json().path("items")).as(other).isEmpty();
        }

        desk.sendAutomatic(YearMonth.of(2011, 12)); // the quarter ends
        var quarter = admin().get("/api/v1/clients/" + quarterly + "/statements").json().path("items");
        assertThat(quarter).hasSize(1);
        assertThat(quarter.get(0).path("from").asString()).isEqualTo("2011-10-01");
        assertThat(quarter.get(0).path("to").asString()).isEqualTo("2011-12-31");
        assertThat(quarter.get(0).path("language").asString()).isEqualTo("en");
        assertThat(admin().get("/api/v1/clients/" + onRequest + "/statements").json().path("items")).isEmpty();
        assertThat(admin().get("/api/v1/clients/" + monthly + "/statements").json().path("items")).hasSize(1);
        String quarterId = quarter.get(0).path("id").asString();
        var mail = await().atMost(Duration.ofSeconds(10)).until(() -> outbox.bySource("statement:" + quarterId),
                Optional::isPresent).orElseThrow();
        assertThat(mail.subject()).startsWith("Statement of the consultation journal 2011-10-01 – 2011-12-31");
        assertThat(outbox.attachmentNames(mail.id())).containsExactly("statement-2011-10-01-2011-12-31.pdf");
    }
}
