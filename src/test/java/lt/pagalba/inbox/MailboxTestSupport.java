package lt.pagalba.inbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestView;
import lt.pagalba.request.TimelineEvent;
import lt.pagalba.shared.RequestId;
import lt.pagalba.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application reading a real IMAP mailbox: one GreenMail server (SMTP and IMAP on free
 * ports) for every mail intake test class, so they share one Spring context and one database.
 * Scheduled polling is off; tests call {@link MailboxPoller#pollNow()}.
 */
abstract class MailboxTestSupport extends ApiTestSupport {

    static final String SUPPORT_ADDRESS = "pagalba@stekas.lt";
    static final String LOGIN = "pagalba";
    static final String PASSWORD = "mailbox-password";
    static final int MAX_MESSAGE_BYTES = 200_000;
    static final GreenMail MAILBOX = startMailbox();

    private static GreenMail startMailbox() {
        GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser(SUPPORT_ADDRESS, LOGIN, PASSWORD);
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        registry.add("pagalba.mail.inbound.host", () -> MAILBOX.getImap().getServerSetup().getBindAddress());
        registry.add("pagalba.mail.inbound.port", () -> MAILBOX.getImap().getPort());
        registry.add("pagalba.mail.inbound.username", () -> LOGIN);
        registry.add("pagalba.mail.inbound.password", () -> PASSWORD);
        registry.add("pagalba.mail.inbound.protocol", () -> "imap");
        registry.add("pagalba.mail.inbound.max-message-bytes", () -> MAX_MESSAGE_BYTES);
        registry.add("pagalba.mail.inbound.batch-size", () -> 25);
        registry.add("pagalba.mail.from", () -> SUPPORT_ADDRESS);
        // these tests count the intake's own automatic replies (R2); the acknowledgement has its tests in conversation
        registry.add("pagalba.mail.acknowledgement.channels", () -> "");
    }

    @Autowired
    MailboxPoller poller;
    @Autowired
    MailIntake intake;
    @Autowired
    RequestDesk desk;
    @Autowired
    JdbcClient jdbc;

    /** Puts a raw message into the support mailbox, as an MTA would. */
    static void deliver(byte[] raw) {
        try {
            GreenMailUser user = MAILBOX.getUserManager().getUser(LOGIN);
            user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain UTF-8 message; returns its Message-ID. Extra headers as "Name: value" lines. */
    static String deliver(String from, String subject, String body, String... headers) {
        String messageId = "<" + UUID.randomUUID() + "@client.test>";
        deliver(message(messageId, from, subject, body, headers));
        return messageId;
    }

    static byte[] message(String messageId, String from, String subject, String body, String... headers) {
        StringBuilder raw = new StringBuilder()
                .append("From: ").append(address(from)).append("\r\n")
                .append("To: ").append(SUPPORT_ADDRESS).append("\r\n")
                .append("Subject: ").append(MimeUtility.fold(9, encode(subject))).append("\r\n")
                .append("Date: Wed, 25 Nov 2026 10:00:00 +0200\r\n")
                .append("Message-ID: ").append(messageId).append("\r\n");
        for (String header : headers) {
            raw.append(header).append("\r\n");
        }
        raw.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(body.replace("\r\n", "\n").replace("\n", "\r\n")).append("\r\n");
        return raw.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "Rūta Rūtaitė <r@x.lt>" as a mailer writes it: the name RFC 2047 encoded. */
    private static String address(String from) {
        int lt = from.indexOf('<');
        if (lt < 0) {
            return from;
        }
        try {
            return new InternetAddress(from.substring(lt + 1, from.indexOf('>')),
                    from.substring(0, lt).replace("\"", "").strip(), "UTF-8").toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        try {
            return MimeUtility.encodeText(text, "UTF-8", "Q");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages in the mailbox not yet flagged \Seen, as an IMAP client sees them. */
    static int unseen() {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect(MAILBOX.getImap().getServerSetup().getBindAddress(), MAILBOX.getImap().getPort(), LOGIN, PASSWORD);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                int count = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
                inbox.close(false);
                return count;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored inbound message with this key: status, reason, request. */
    Map<String, Object> inbound(String messageKey) {
        return jdbc.sql("SELECT id::text, status, reason, request_id::text AS request_id FROM inbound_message WHERE message_key = :k")
                .param("k", messageKey).query().singleRow();
    }

    long inboundCount(String messageKey) {
        return jdbc.sql("SELECT count(*) FROM inbound_message WHERE message_key = :k").param("k", messageKey)
                .query(Long.class).single();
    }

    RequestView requestOf(String messageKey) {
        return desk.get(RequestId.parse(inbound(messageKey).get("request_id").toString()));
    }

    /** Outbox messages about a request: kind, recipient, subject, body, In-Reply-To, Message-ID. */
    List<Map<String, Object>> outboxFor(String requestId) {
        return jdbc.sql("""
                SELECT kind, recipient, subject, body_text, body_html, in_reply_to, message_id FROM outbox_message
                WHERE request_id = CAST(:id AS uuid) ORDER BY created_at""").param("id", requestId).query().listOfRows();
    }

    List<Map<String, Object>> outboxFor(RequestId requestId) {
        return outboxFor(requestId.text());
    }

    List<TimelineEvent> emails(RequestId requestId) {
        return emails(requestId.text());
    }

    List<TimelineEvent> emails(String requestId) {
        return desk.timeline(RequestId.parse(requestId)).stream().filter(e -> e.kind().equals("EMAIL_RECEIVED")).toList();
    }
}
