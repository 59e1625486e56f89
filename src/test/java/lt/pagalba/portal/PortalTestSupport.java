package lt.pagalba.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.pagalba.inbox.MailboxDriver;
import lt.pagalba.mail.OutboxFlush;
import lt.pagalba.support.Api;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WorkEntryBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application with its outbox sending to a real SMTP server (GreenMail), for the portal's
 * tests over HTTP and in Chromium: clients and contacts are made through the API, links read from the
 * e-mails received. Every test of the portal shares this context (from 127.0.0.1, so the per-IP limit is lifted).
 */
@ContextConfiguration(initializers = PortalSmtp.class)
@TestPropertySource(properties = {"spring.application.name=pagalba-portal-tests", "pagalba.portal.links-per-ip=100000"})
abstract class PortalTestSupport extends BrowserTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/portal/login/[A-Za-z0-9_-]+)");

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    /** A client with a contact person of this address; returns the client's id. */
    String clientWithContact(String name, String email) {
        String id = client(name);
        var contact = admin().post("/api/v1/clients/" + id + "/contacts", """
                {"firstName":"Rūta","lastName":"Žemaitė","position":"Buhalterė","phone":"+37061234567","email":"%s"}"""
                .formatted(email));
        assertThat(contact.status()).as(contact.text()).isEqualTo(201);
        return id;
    }

    /** A request of the client, registered by the administrator on the phone; returns its id. */
    String requestOf(String clientId, String email, String summary) {
        var body = Fixtures.phoneRequest(null, email);
        body.put("clientId", clientId);
        body.put("summary", summary);
        var created = admin().post("/api/v1/requests", JSON.writeValueAsString(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.field("id");
    }

    /**
     * The client's e-mail on the request (its number in the subject) with one file, taken in by the
     * support mailbox's intake as if the poll had read it.
     */
    void clientMailed(String number, String from, String text, String fileName, byte[] file) {
        try {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
            mail.setFrom(new InternetAddress(from, "Rūta Žemaitė", "UTF-8"));
            mail.setRecipients(Message.RecipientType.TO, "pagalba@pagalba.test");
            mail.setSubject("Re: [" + number + "] klausimas", "UTF-8");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(file, "application/pdf");
            attachment.setFileName(MimeUtility.encodeText(fileName, "UTF-8", null));
            mail.setContent(new MimeMultipart(body, attachment));
            mail.saveChanges();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            mail.writeTo(raw);
            assertThat(MailboxDriver.receive(application, raw.toByteArray())).isEqualTo("JOINED");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A reply or a note by the administrator with one file; returns the message as the API answers it. */
    JsonNode staffWrote(String requestId, String kind, String text, String fileName, byte[] file) {
        String boundary = "----staff" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"message\"\r\nContent-Type: application/json\r\n\r\n"
                + JSON.writeValueAsString(Map.of("kind", kind, "body", text)) + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var written = admin().send("POST", "/api/v1/requests/" + requestId + "/messages", body.toByteArray(),
                "multipart/form-data; boundary=" + boundary);
        assertThat(written.status()).as(written.text()).isEqualTo(201);
        return written.json();
    }

    /** A new consultant made the request's lead; returns their username. */
    String ledBy(String requestId) {
        String lead = unique("vadove");
        staffMember(lead, "CONSULTANT");
        var assigned = admin().post("/api/v1/requests/" + requestId + "/assignments",
                "{\"consultant\":\"%s\",\"role\":\"LEAD\"}".formatted(lead));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
        return lead;
    }

    /** The request worked on by a new lead and resolved, with a note for staff on the way; returns the lead's username. */
    String resolved(String requestId) {
        String lead = ledBy(requestId);
        for (String status : List.of("IN_PROGRESS", "RESOLVED")) {
            moveTo(requestId, status);
        }
        return lead;
    }

    void moveTo(String requestId, String status) {
        var moved = admin().post("/api/v1/requests/" + requestId + "/status",
                "{\"status\":\"%s\",\"note\":\"Vidinė būsenos pastaba\"}".formatted(status));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    }

    /** The client's proforma for a past month (one of its own: a billing run of that month bills only this test's work). */
    String invoiceOf(String clientId, String requestId, String month) {
        WorkEntryBuilder.aWorkEntry().of(90).minutes().on(month + "-10").writtenInto(jdbc, clientId, requestId);
        Api accountant = staffMember(unique("buh"), "ACCOUNTANT");
        var run = accountant.post("/api/v1/billing-runs", "{\"period\":\"%s\"}".formatted(month));
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        for (var invoice : run.json().path("invoices")) {
            if (invoice.path("clientId").asString().equals(clientId)) {
                return invoice.path("id").asString();
            }
        }
        throw new IllegalStateException("No invoice for the client in " + run.text());
    }

    /** A statement of the client's last year, made by the administrator; returns its id. */
    String statementOf(String clientId) {
        var made = admin().post("/api/v1/clients/" + clientId + "/statements", "{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\"}");
        assertThat(made.status()).as(made.text()).isIn(200, 201);
        return made.field("id");
    }

    /**
     * The path of the newest login link e-mailed to the address (the test server is not the configured
     * base URL), among the mails that came to it after the first {@code before}; replies to the same
     * address may arrive in between.
     */
    String linkMailedTo(String email, int before) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            OutboxFlush.sendDue(application);
            return newestLink(email, before) != null;
        });
        return newestLink(email, before);
    }

    private static String newestLink(String email, int before) {
        List<MimeMessage> mails = PortalSmtp.receivedBy(email);
        for (int i = mails.size() - 1; i >= before; i--) {
            Matcher link = LINK.matcher(PortalSmtp.text(mails.get(i)).replace("=\r\n", "").replace("=3D", "="));
            if (link.find()) {
                return link.group(1);
            }
        }
        return null;
    }

    /** A logged-in portal client of this address (the address must be one client's only contact). */
    PortalClient loggedIn(String email) {
        PortalClient client = new PortalClient(port);
        int before = PortalSmtp.receivedBy(email).size();
        assertThat(client.post("/portal", "/portal/login", Map.of("email", email)).status()).isEqualTo(200);
        var followed = client.get(linkMailedTo(email, before));
        assertThat(followed.status()).isEqualTo(302);
        assertThat(client.sessionCookie()).isNotNull();
        return client;
    }
}
