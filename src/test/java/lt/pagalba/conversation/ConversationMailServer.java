package lt.pagalba.conversation;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One GreenMail server (SMTP and IMAP on free ports) for the conversation's mail tests: Pagalba sends
 * its outbox through its SMTP and reads the support mailbox over its IMAP, and the tests play the
 * client, who reads Pagalba's mail there and answers through the same SMTP, as an MTA would carry it.
 */
class ConversationMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SUPPORT = "pagalba@pagalba.test";
    static final String LOGIN = "pagalba";
    static final String PASSWORD = "mailbox-password";

    private static GreenMail server;
    private static ServerSetup[] setups;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail mail = server();
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + mail.getSmtp().getPort(),
                "pagalba.mail.from=" + SUPPORT, "pagalba.mail.inbound.host=127.0.0.1",
                "pagalba.mail.inbound.port=" + mail.getImap().getPort(), "pagalba.mail.inbound.username=" + LOGIN,
                "pagalba.mail.inbound.password=" + PASSWORD, "pagalba.mail.inbound.protocol=imap").applyTo(context);
    }

    static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = start(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
            setups = new ServerSetup[]{new ServerSetup(started.getSmtp().getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(started.getImap().getPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)};
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
        }
        return server;
    }

    private static GreenMail start(ServerSetup... setup) {
        server = new GreenMail(Arrays.stream(setup).map(s -> s.verbose(false)).toArray(ServerSetup[]::new));
        server.start();
        server.setUser(SUPPORT, LOGIN, PASSWORD);
        return server;
    }

    /** The server goes down (Pagalba cannot reach it) ... */
    static synchronized void stop() {
        server.stop();
    }

    /** ... and comes back on the same ports, with empty mailboxes. */
    static synchronized void restart() {
        start(setups);
    }

    /** Every mail in this address's mailbox (as its owner's mail program sees it), oldest first. */
    static synchronized List<MimeMessage> receivedBy(String address) {
        GreenMailUser user = server.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage).toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client's mail program sends this message through the server. */
    static void send(MimeMessage message) throws MessagingException {
        Transport.send(message);
    }

    /** A session on the server's SMTP, to write the client's mail with. */
    static Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(server().getSmtp().getPort()));
        return Session.getInstance(properties);
    }

    static String[] recipients(MimeMessage m, Message.RecipientType type) throws MessagingException {
        var addresses = m.getRecipients(type);
        return addresses == null ? new String[0] : Arrays.stream(addresses).map(Object::toString).toArray(String[]::new);
    }
}
