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
import lt.pagalba.support.Api;
import lt.pagalba.support.BrowserTestSupport;
import lt.pagalba.support.Fixtures;
import lt.pagalba.support.WorkEntryBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
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

    /** The path of the newest login link e-mailed to the address (the test server is not the configured base URL), after at least {@code before} mails had come to it. */
    String linkMailedTo(String email, int before) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            OutboxFlush.sendDue(application);
            return PortalSmtp.receivedBy(email).size() > before;
        });
        List<MimeMessage> mails = PortalSmtp.receivedBy(email);
        Matcher link = LINK.matcher(PortalSmtp.text(mails.get(mails.size() - 1)).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a login link in the e-mail").isTrue();
        return link.group(1);
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
