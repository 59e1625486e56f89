package lt.pagalba.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import lt.pagalba.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, item 7 over real SMTP and IMAP: a request that came by e-mail is acknowledged once, threaded
 * under the client's mail so that the answer joins it; one registered on the phone is not, nor is a
 * known contact's automatic mail.
 */
class AcknowledgementMailTests extends ConversationMailTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRequestByEmailGetsOneAcknowledgementAndTheAnswerToItJoinsTheRequest() throws Exception {
        String email = knownContact();
        String messageId = mail(email, "Neveikia PVM deklaracija", "Laba diena, nepavyksta pateikti deklaracijos.", null);
        pollMailbox();
        String requestId = requestOf(messageId);
        String number = admin().get("/api/v1/requests/" + requestId).field("number");
        eventsHandled(requestId);
        sendDue();
        pollMailbox();
        eventsHandled(requestId);
        sendDue();

        List<MimeMessage> received = ConversationMailServer.receivedBy(email);
        assertThat(received).hasSize(1);
        MimeMessage ack = received.get(0);
        assertThat(ack.getSubject()).isEqualTo("Jūsų kreipinys užregistruotas [" + number + "]: Neveikia PVM deklaracija");
        assertThat(ack.getHeader("In-Reply-To")).containsExactly(messageId);
        assertThat(ack.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(ConversationMailTests.text(ack, "text/plain")).contains("užregistravome jį numeriu " + number,
                "Neveikia PVM deklaracija", "atsakykite į šį laišką");

        mail(email, "Re: " + ack.getSubject(), "Pridedu daugiau informacijos.", ack.getMessageID());
        assertThat(pollMailbox()).isEqualTo(1);
        assertThat(admin().get("/api/v1/requests/" + requestId + "/messages").json().path("items"))
                .extracting(m -> m.path("body").asString()).contains("Pridedu daugiau informacijos.");
        eventsHandled(requestId);
        sendDue();
        assertThat(ConversationMailServer.receivedBy(email)).as("never twice").hasSize(1);
    }

    @Test
    void aRequestRegisteredOnThePhoneGetsNoAcknowledgementByDefault() {
        String email = "telefonu." + UUID.randomUUID().toString().substring(0, 6) + "@klientas.test";
        String id = admin().post("/api/v1/requests", JSON.writeValueAsString(
                Fixtures.phoneRequest("UAB Telefonas " + UUID.randomUUID().toString().substring(0, 6), email))).field("id");

        eventsHandled(id);
        sendDue();

        assertThat(outboxOf(id)).extracting(m -> m.get("kind")).doesNotContain("ACKNOWLEDGEMENT");
        assertThat(ConversationMailServer.receivedBy(email)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE '%Acknowledgement%' AND serialized_event LIKE :id")
                .param("id", "%" + id + "%").query(Long.class).single())
                .as("a registration that gets no acknowledgement costs no event publication").isZero();
    }

    @Test
    void aKnownContactsAutomaticMailIsNeitherRegisteredNorAnswered() throws Exception {
        String email = knownContact();
        String messageId = mail(email, "Automatinis atsakymas: atostogauju", "Grįšiu pirmadienį.", null, "Auto-Submitted: auto-replied");

        pollMailbox();
        sendDue();

        assertThat(jdbc.sql("SELECT status FROM inbound_message WHERE message_id = :m").param("m", messageId)
                .query(String.class).single()).isEqualTo("IGNORED");
        assertThat(ConversationMailServer.receivedBy(email)).isEmpty();
    }

    /** A client with a contact person whose e-mail the intake knows: a mail from it is a complete request. */
    private String knownContact() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = "rasa." + tag + "@klientas.test";
        String clientId = client("UAB Laiškas " + tag);
        admin().post("/api/v1/clients/" + clientId + "/contacts", """
                {"firstName":"Rasa","lastName":"Rasienė","position":"Buhalterė","phone":"+37061234567","email":"%s"}""".formatted(email));
        return email;
    }

    private String requestOf(String messageId) {
        return jdbc.sql("SELECT request_id::text FROM inbound_message WHERE message_id = :m").param("m", messageId)
                .query(String.class).single();
    }

    /** The client's mail program sends a mail to the support mailbox; returns its Message-ID. */
    private static String mail(String from, String subject, String text, String inReplyTo, String... headers) throws Exception {
        String id = "<" + UUID.randomUUID() + "@klientas.test>";
        MimeMessage mail = new MimeMessage(ConversationMailServer.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        mail.setFrom(new InternetAddress(from, "Rasa Rasienė", "UTF-8"));
        mail.setRecipients(Message.RecipientType.TO, ConversationMailServer.SUPPORT);
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        if (inReplyTo != null) {
            mail.setHeader("In-Reply-To", inReplyTo);
        }
        for (String header : headers) {
            mail.setHeader(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).strip());
        }
        ConversationMailServer.send(mail);
        return id;
    }
}
