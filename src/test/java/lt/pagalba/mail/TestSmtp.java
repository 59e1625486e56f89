package lt.pagalba.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One GreenMail SMTP server for the mail tests' shared application context, on a port the system
 * chose (other engineers' tests run GreenMail on this machine too). Tests may stop it and start it
 * again on the same port, as a real server goes down and comes back.
 */
class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;
    private static int port;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port()).applyTo(context);
    }

    static synchronized int port() {
        if (server == null) {
            start(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            port = server.getSmtp().getPort();
        }
        return port;
    }

    private static void start(ServerSetup setup) {
        server = new GreenMail(setup.verbose(false));
        server.start();
    }

    static synchronized void stop() {
        server.stop();
    }

    /** Up again on the same port, with an empty mailbox store (what the first one received is gone). */
    static synchronized void restart() {
        start(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Every mail the server received for the address. */
    static synchronized List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
