package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lt.pagalba.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 end to end over real SMTP and IMAP: a consultant's reply reaches the client with the number
 * in the subject and the threading headers, the client's answer comes back and joins the request, a
 * note never leaves, files keep their Lithuanian names both ways, and a failed send shows and is sent again.
 */
class ConversationMailTests extends ConversationMailTestSupport {

    @Test
    void aReplyReachesTheContactThreadedAndTheClientsAnswerJoinsTheSameRequest() throws Exception {
        Opened request = open();
        String cc = "buhaltere." + UUID.randomUUID().toString().substring(0, 6) + "@klientas.test";

        var reply = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","to":[],"cc":["%s"],"subject":null,"body":"Laba diena,\\n\\nar ataskaita jau atsidaro?"}"""
                .formatted(cc));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.field("kind")).isEqualTo("REPLY");
        assertThat(reply.field("direction")).isEqualTo("OUT");
        assertThat(reply.field("author")).isEqualTo(request.consultant());
        assertThat(reply.field("delivery")).isEqualTo("QUEUED");
        assertThat(reply.field("subject")).isEqualTo("[" + request.number() + "] Neatsidaro metinė ataskaita");
        assertThat(reply.json().path("to").get(0).asString()).isEqualTo(request.contactEmail());
        sendReply(reply.field("id"));

        MimeMessage received = single(ConversationMailServer.receivedBy(request.contactEmail()));
        assertThat(received.getSubject()).isEqualTo("[" + request.number() + "] Neatsidaro metinė ataskaita");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(ConversationMailServer.SUPPORT);
        assertThat(ConversationMailServer.recipients(received, Message.RecipientType.CC)).containsExactly(cc);
        assertThat(received.getHeader("Auto-Submitted")).as("a person wrote it").isNull();
        assertThat(text(received, "text/plain")).contains("ar ataskaita jau atsidaro?", "-- \n" + request.consultantName());
        assertThat(text(received, "text/html")).contains("<p>Laba diena,</p><p>ar ataskaita jau atsidaro?</p>");
        assertThat(ConversationMailServer.receivedBy(cc)).hasSize(1);
        String ours = received.getMessageID();
        assertThat(api(request).get(request.messages()).json().path("items").get(0).path("delivery").asString()).isEqualTo("SENT");

        // the client answers from its mail program, without the number in the subject: the headers carry it
        String answerId = answer(request.contactEmail(), "Re: ataskaita", "Ačiū, jau atsidaro.", ours);
        assertThat(pollMailbox()).isEqualTo(1);

        JsonNode items = api(request).get(request.messages()).json().path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).path("direction").asString()).isEqualTo("IN");
        assertThat(items.get(1).path("kind").asString()).isEqualTo("EMAIL");
        assertThat(items.get(1).path("author").isNull()).isTrue();
        assertThat(items.get(1).path("from").asString()).isEqualTo(request.contactEmail());
        assertThat(items.get(1).path("body").asString()).isEqualTo("Ačiū, jau atsidaro.");

        // the next reply threads under the client's answer, naming the whole conversation
        var second = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Puiku, kreipinį uždarome."}""");
        sendReply(second.field("id"));
        MimeMessage next = ConversationMailServer.receivedBy(request.contactEmail()).get(1);
        assertThat(next.getHeader("In-Reply-To")).containsExactly(answerId);
        assertThat(next.getHeader("References")[0]).isEqualTo(ours + " " + answerId);
    }

    @Test
    void aNoteIsNeverSent() {
        Opened request = open();

        var note = request.asConsultant().post(request.messages(), """
                {"kind":"NOTE","to":["kitas@klientas.test"],"body":"Klientė nervinasi: skambinti tik po pietų."}""");

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.field("kind")).isEqualTo("NOTE");
        assertThat(note.json().path("delivery").isNull()).isTrue();
        assertThat(note.json().path("to")).isEmpty();
        eventsHandled(request.id());
        sendDue();
        assertThat(outboxOf(request.id())).isEmpty();
        assertThat(ConversationMailServer.receivedBy(request.contactEmail())).isEmpty();
        assertThat(ConversationMailServer.receivedBy("kitas@klientas.test")).noneMatch(m -> contains(m, "nervinasi"));
        assertThat(api(request).get(request.messages()).json().path("items").get(0).path("body").asString())
                .isEqualTo("Klientė nervinasi: skambinti tik po pietų.");
    }

    @Test
    void filesWithLithuanianNamesGoFromTheUploadThroughTheEmailToTheDownload() throws Exception {
        Opened request = open();
        byte[] pdf = ("%PDF-1.4 ataskaita " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        byte[] csv = "Nr.;Suma\n1;12,50\n".getBytes(StandardCharsets.UTF_8);
        MultipartBody body = new MultipartBody().message("""
                        {"kind":"REPLY","body":"Prisegu ataskaitą ir sąrašą."}""")
                .file("Ataskaita už spalį.pdf", "application/pdf", pdf).file("sąskaitų sąrašas.csv", "text/csv", csv);

        var reply = request.asConsultant().send("POST", request.messages(), body.bytes(), body.contentType());

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        JsonNode files = reply.json().path("attachments");
        assertThat(files).extracting(f -> f.path("name").asString()).containsExactly("Ataskaita už spalį.pdf", "sąskaitų sąrašas.csv");
        assertThat(files.get(0).path("size").asInt()).isEqualTo(pdf.length);
        sendReply(reply.field("id"));

        MimeMessage received = single(ConversationMailServer.receivedBy(request.contactEmail()));
        List<Part> attached = attachments(received);
        assertThat(attached).extracting(Part::getFileName).containsExactly("Ataskaita už spalį.pdf", "sąskaitų sąrašas.csv");
        assertThat(attached.get(0).getHeader("Content-Disposition")[0]).as("RFC 2231").contains("filename*=UTF-8''");
        assertThat(attached.get(0).getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(attached.get(1).getInputStream().readAllBytes()).isEqualTo(csv);

        var download = api(request).get(files.get(1).path("href").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(csv);
        var headers = api(request).send("GET", files.get(0).path("href").asString(), null, null);
        assertThat(headers.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aReplyLogsItsTimeInTheSameStep() {
        Opened request = open();

        var reply = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Nustatymus pataisiau nuotoliniu būdu.","workEntry":{"minutes":10,"category":"CONSULTATION"}}""");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode entries = api(request).get("/api/v1/requests/" + request.id() + "/work-entries").json().path("items");
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.path("id").asString()).isEqualTo(reply.field("workEntryId"));
            assertThat(entry.path("minutes").asInt()).isEqualTo(10);
            assertThat(entry.path("mode").asString()).isEqualTo("EMAIL");
            assertThat(entry.path("consultant").asString()).isEqualTo(request.consultant());
            assertThat(entry.path("description").asString()).isEqualTo("[" + request.number() + "] Neatsidaro metinė ataskaita");
        });
        assertThat(admin().get("/api/v1/requests/" + request.id()).field("status")).isEqualTo("IN_PROGRESS");
    }

    /** The journal refuses time on a request that has no client yet (an e-mail from a stranger): nothing of the reply is kept. */
    @Test
    void aReplyTheJournalRefusesLeavesNothingBehind() throws Exception {
        String stranger = "nezinomas." + UUID.randomUUID().toString().substring(0, 6) + "@kazkas.test";
        answer(stranger, "Neveikia programa", "Laba diena, neveikia programa.", null);
        pollMailbox();
        String id = jdbc.sql("SELECT request_id::text FROM inbound_message WHERE from_address = :f").param("f", stranger)
                .query(String.class).single();

        var refused = admin().post("/api/v1/requests/" + id + "/messages", """
                {"kind":"REPLY","body":"Kokia jūsų įmonė?","workEntry":{"minutes":5}}""");

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        eventsHandled(id);
        assertThat(outboxOf(id)).extracting(m -> m.get("kind")).doesNotContain("REPLY");
        assertThat(admin().get("/api/v1/requests/" + id + "/messages").json().path("items"))
                .extracting(m -> m.path("kind").asString()).containsExactly("EMAIL");
        assertThat(admin().get("/api/v1/requests/" + id).json().path("firstContactAt").isNull()).isTrue();
    }

    @Test
    void aFailedSendShowsOnTheReplyAndItIsSentAgainOnce() {
        sendDue(); // what other tests left leaves first, so only this reply is tried while the server is down
        Opened request = open();
        var reply = request.asConsultant().post(request.messages(), """
                {"kind":"REPLY","body":"Ar gavote failą?"}""");
        String id = reply.field("id");
        awaitQueued(id);
        // eleven attempts already failed; the twelfth, with the server down, is the last
        jdbc.sql("UPDATE outbox_message SET attempts = 11 WHERE source_key = :k").param("k", "reply:" + id).update();
        ConversationMailServer.stop();
        try {
            sendDue();
        } finally {
            ConversationMailServer.restart();
        }

        JsonNode failed = api(request).get(request.messages()).json().path("items").get(0);
        assertThat(failed.path("delivery").asString()).isEqualTo("FAILED");
        assertThat(failed.path("deliveryError").asString()).contains("connect");

        var resent = request.asConsultant().post(request.messages() + "/" + id + "/resend", "");
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.field("delivery")).isEqualTo("QUEUED");
        assertThat(request.asConsultant().post(request.messages() + "/" + id + "/resend", "").status())
                .as("still waiting: nothing to resend").isEqualTo(409);
        sendDue();

        assertThat(ConversationMailServer.receivedBy(request.contactEmail())).hasSize(1);
        assertThat(api(request).get(request.messages()).json().path("items").get(0).path("delivery").asString()).isEqualTo("SENT");
    }

    private void awaitQueued(String messageId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT count(*) FROM outbox_message WHERE source_key = :k").param("k", "reply:" + messageId).query(Long.class).single() == 1);
    }

    private Api api(Opened request) {
        return request.asConsultant();
    }

    /** The client's mail program answers (In-Reply-To the mail it answers, if any); returns the answer's Message-ID. */
    private static String answer(String from, String subject, String text, String inReplyTo) throws Exception {
        String id = "<" + UUID.randomUUID() + "@klientas.test>";
        MimeMessage answer = new MimeMessage(ConversationMailServer.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id); // as the client's program chose it, not a new one on sending
            }
        };
        answer.setFrom(new InternetAddress(from, "Ona Onaitė", "UTF-8"));
        answer.setRecipients(Message.RecipientType.TO, ConversationMailServer.SUPPORT);
        answer.setSubject(subject, "UTF-8");
        answer.setText(text, "UTF-8");
        if (inReplyTo != null) {
            answer.setHeader("In-Reply-To", inReplyTo);
            answer.setHeader("References", inReplyTo);
        }
        ConversationMailServer.send(answer);
        return id;
    }

    private static MimeMessage single(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static boolean contains(MimeMessage m, String text) {
        try {
            return text(m, "text/plain").contains(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the first part of that type, however deep in the multipart tree. */
    static String text(Part mail, String type) throws Exception {
        Part part = part(mail, type);
        return part == null ? "" : ((String) part.getContent()).replace("\r\n", "\n");
    }

    private static Part part(Part part, String type) throws Exception {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<Part> attachments(Part mail) throws Exception {
        List<Part> found = new ArrayList<>();
        if (mail.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    found.add(child);
                } else {
                    found.addAll(attachments(child));
                }
            }
        }
        return found;
    }
}
