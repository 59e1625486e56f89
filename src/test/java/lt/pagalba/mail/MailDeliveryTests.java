package lt.pagalba.mail;

import static lt.pagalba.support.Fixtures.phoneRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.InvoiceId;
import lt.pagalba.shared.OutboxMessageId;
import lt.pagalba.shared.RequestId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Issue 6: the outbox worker delivers over SMTP, once, through server outages, with threading headers. */
class MailDeliveryTests extends MailTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anUrgentRequestReachesItsConsultantWithTheNumberInTheSubjectAndTheRecordedMessageId() throws Exception {
        for (var member : admin().get("/api/v1/staff").json().path("items")) {
            if (member.path("available").asBoolean()) {
                admin().put("/api/v1/staff/" + member.path("username").asString() + "/availability", "{\"available\": false}");
            }
        }
        String consultant = unique("budi");
        staffMember(consultant, "CONSULTANT");
        admin().put("/api/v1/staff/" + consultant + "/availability", "{\"available\": true}");
        var body = phoneRequest(unique("UAB „Šaltinėlis“ "), "skubu@klientas.lt");
        body.put("urgent", true);
        body.put("summary", "Neveikia sąskaitų išrašymas – skubu");
        var request = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        String number = request.field("number");
        await().atMost(Duration.ofSeconds(10)).until(() -> !outbox.forRequest(RequestId.parse(request.field("id"))).isEmpty());

        worker.sendDue();

        List<MimeMessage> received = TestSmtp.receivedBy(consultant + "@stekas.lt");
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).startsWith("[" + number + "] Skubus kreipinys: UAB „Šaltinėlis“");
        assertThat(text(mail, "text/plain")).contains("Jums paskirtas skubus kreipinys " + number,
                "Klientas: UAB „Šaltinėlis“", "Trumpai: Neveikia sąskaitų išrašymas – skubu",
                "/requests/" + request.field("id"), "UAB „Stekas“");
        assertThat(text(mail, "text/html")).contains("Jums paskirtas skubus kreipinys " + number,
                "href=\"http://localhost:8080/requests/" + request.field("id") + "\"");
        var recorded = outbox.forRequest(RequestId.parse(request.field("id"))).get(0);
        assertThat(recorded.status()).isEqualTo("SENT");
        assertThat(recorded.sentAt()).isNotNull();
        assertThat(mail.getMessageID()).isEqualTo(recorded.messageId()).endsWith("@localhost>");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated"); // no vacation replies, no loops
    }

    @Test
    void anIssuedProformaReachesTheClientInItsLanguageWithThePdfAndBecomesSent() throws Exception {
        String email = unique("saskaitos") + "@klientas.lt";
        String clientId = admin().post("/api/v1/clients", """
                {"name":"%s","companyCode":"%s","address":"Gedimino pr. 1, Vilnius","email":"%s","language":"en",
                 "billing":{"period":"MONTH","hourlyRate":"45.00"}}""".formatted(unique("UAB Sąskaita "), companyCode(), email))
                .field("id");
        var body = phoneRequest(null, "s@klientas.lt");
        body.put("clientId", clientId);
        String requestId = admin().post("/api/v1/requests", JSON.writeValueAsString(body)).field("id");
        workEntry(clientId, requestId, LocalDate.of(2022, 3, 15), 120);
        var accountant = staffMember(unique("buh"), "ACCOUNTANT");
        var run = accountant.post("/api/v1/billing-runs", "{\"period\":\"2022-03\"}");
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        var proforma = StreamSupport.stream(run.json().path("invoices").spliterator(), false)
                .filter(i -> i.path("clientId").asString().equals(clientId)).findFirst().orElseThrow();
        String invoiceId = proforma.path("id").asString();
        String number = proforma.path("number").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> !outbox.forInvoice(InvoiceId.parse(invoiceId)).isEmpty());

        worker.sendDue();

        List<MimeMessage> received = TestSmtp.receivedBy(email);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("[" + number + "] Proforma invoice");
        assertThat(text(mail, "text/plain")).contains("please find attached proforma invoice " + number,
                "Amount due: €108.90.", "Please pay by ");
        assertThat(text(mail, "text/html")).contains("Amount due: €108.90.");
        Part pdf = part(mail, "application/pdf");
        assertThat(pdf.getFileName()).isEqualTo(number + ".pdf");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.getInputStream().transferTo(bytes);
        try (var document = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains(number);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(accountant.get("/api/v1/invoices/" + invoiceId).field("status")).isEqualTo("SENT"));
    }

    @Test
    void aMailWaitsWhileTheServerIsDownAndIsSentOnceWhenItIsBack() throws Exception {
        drain();
        String recipient = unique("laukia") + "@pavyzdys.lt";
        OutboxMessageId id = queue(recipient, "Bandymas: ąčęėįšųūž", "Laiškas, kuris palauks.");
        TestSmtp.stop();
        try {
            assertThat(worker.sendDue()).isZero();
            OutboxMessage first = outbox.get(id);
            assertThat(first.status()).isEqualTo("QUEUED");
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.lastError()).contains("Connection refused");
            assertThat(Duration.between(first.lastAttempt(), first.nextAttempt())).isEqualTo(Duration.ofSeconds(30));

            assertThat(worker.sendDue()).as("not due before the back-off has passed").isZero();
            assertThat(outbox.get(id).attempts()).isEqualTo(1);

            dueNow(id);
            worker.sendDue();
            OutboxMessage second = outbox.get(id);
            assertThat(second.status()).isEqualTo("QUEUED");
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(Duration.between(second.lastAttempt(), second.nextAttempt())).as("the wait doubles")
                    .isEqualTo(Duration.ofSeconds(60));
        } finally {
            TestSmtp.restart();
        }
        dueNow(id);
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(worker.sendDue()).isZero();

        assertThat(TestSmtp.receivedBy(recipient)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Bandymas: ąčęėįšųūž"));
        OutboxMessage sent = outbox.get(id);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void twoWorkersAtOnceDeliverEachMailExactlyOnce() throws Exception {
        drain();
        String domain = unique("du") + ".lt";
        List<OutboxMessageId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(queue("gavejas" + i + "@" + domain, "Laiškas " + i, "Tekstas " + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return worker.sendDue();
                }));
            }
            start.countDown();
            assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(40);
            assertThat(sent).as("both workers took part").allSatisfy(f -> assertThat(f.get()).isPositive());
        } finally {
            threads.shutdown();
        }
        for (int i = 0; i < 40; i++) {
            assertThat(TestSmtp.receivedBy("gavejas" + i + "@" + domain)).as("mail " + i).hasSize(1);
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(outbox.get(id).status()).isEqualTo("SENT");
            assertThat(outbox.get(id).attempts()).isEqualTo(1);
        });
    }

    @Test
    void aResentMailIsDeliveredAgainWithTheSameMessageIdAndTheResendIsAudited() throws Exception {
        drain();
        String recipient = unique("vel") + "@pavyzdys.lt";
        OutboxMessageId id = queue(recipient, "Dar kartą", "Tekstas");
        worker.sendDue();
        assertThatThrownBy(() -> {
            queue(recipient, "x", "y");
            outbox.resend(OutboxMessageId.parse(jdbc.sql("SELECT id::text FROM outbox_message WHERE recipient = :r AND status = 'QUEUED'")
                    .param("r", recipient).query(String.class).single()));
        }).as("a queued mail is not resent").isInstanceOf(ConflictException.class);
        drain();

        OutboxMessage again = outbox.resend(id);

        assertThat(again.status()).isEqualTo("QUEUED");
        assertThat(again.attempts()).isZero();
        worker.sendDue();
        List<MimeMessage> received = TestSmtp.receivedBy(recipient).stream()
                .filter(m -> { try { return m.getSubject().equals("Dar kartą"); } catch (Exception e) { return false; } })
                .toList();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getMessageID()).isEqualTo(received.get(0).getMessageID()).isEqualTo(outbox.get(id).messageId());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = 'OUTBOX_MESSAGE' AND subject_id = :id AND action = 'RESENT'")
                .param("id", id.text()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRecipientThatIsNoAddressFailsAtOnceWithTheReason() {
        drain();
        OutboxMessageId id = queue("ona@@pavyzdys.lt", "Netinkamas adresas", "Tekstas");

        worker.sendDue();

        OutboxMessage failed = outbox.get(id);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("AddressException", "ona@@pavyzdys.lt");
    }

    /** The text of the first part of that type, however deep in the multipart tree. */
    private static String text(Part mail, String type) throws Exception {
        return (String) part(mail, type).getContent();
    }

    private static Part part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = child.isMimeType("multipart/*") || child.isMimeType(type) ? part(child, type) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
