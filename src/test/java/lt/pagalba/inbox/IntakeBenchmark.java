package lt.pagalba.inbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import lt.pagalba.PagalbaApplication;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.ContactCommand;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mail intake benchmark (bench/run-intake.sh): a GreenMail IMAP mailbox with N messages (four in
 * five from known contacts, which become complete requests; one in five from strangers, which wait
 * for information and get an automatic reply), Pagalba started on a fresh durable database (fsync
 * on) reading it, and the time from the first poll until every message is a request.
 */
public final class IntakeBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        String dataDir = args.length > 1 ? args[1] : "target/bench-intake";
        GreenMail mailbox = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mailbox.start();
        mailbox.setUser("pagalba@stekas.lt", "pagalba", "bench-password");
        ConfigurableApplicationContext app = SpringApplication.run(PagalbaApplication.class,
                "--pagalba.data-dir=" + dataDir, "--pagalba.database.durable=true", "--pagalba.jobs.enabled=false",
                "--server.port=0", "--pagalba.admin.password=bench-admin-password",
                "--pagalba.mail.from=pagalba@stekas.lt",
                "--pagalba.mail.inbound.host=" + mailbox.getImap().getServerSetup().getBindAddress(),
                "--pagalba.mail.inbound.port=" + mailbox.getImap().getPort(),
                "--pagalba.mail.inbound.username=pagalba", "--pagalba.mail.inbound.password=bench-password",
                "--logging.level.root=WARN", "--logging.level.lt.pagalba=WARN");
        try {
            ClientDirectory clients = app.getBean(ClientDirectory.class);
            List<String> known = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ClientId id = clients.matchOrCreate("UAB Klientas " + i).id();
                String email = "kontaktas" + i + "@klientas" + i + ".lt";
                clients.matchOrAddContact(id, new ContactCommand("Vardas" + i, "Pavardė" + i, "Buhalterė",
                        new PhoneNumber("+3706123" + String.format("%04d", i)), new EmailAddress(email)));
                known.add(email);
            }
            GreenMailUser user = mailbox.getUserManager().getUser("pagalba");
            Session session = Session.getInstance(new Properties());
            long d0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String from = i % 5 == 4 ? "Nežinomas Siuntėjas <nezinomas" + i + "@kitur.lt>" : known.get(i % known.size());
                user.deliver(new MimeMessage(session, new ByteArrayInputStream(message(i, from))));
            }
            long d1 = System.nanoTime();
            System.out.printf("delivered %d messages to GreenMail in %.1f s%n", count, (d1 - d0) / 1e9);

            MailboxPoller poller = app.getBean(MailboxPoller.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long t0 = System.nanoTime();
            long requests = 0;
            while (requests < count) {
                MailboxPoll poll = poller.pollNow();
                requests = jdbc.sql("SELECT count(*) FROM support_request WHERE channel = 'EMAIL'").query(Long.class).single();
                System.out.printf("%.1f s: %s; %d requests%n", (System.nanoTime() - t0) / 1e9, poll, requests);
                if (System.nanoTime() - t0 > 1_800_000_000_000L) {
                    break;
                }
            }
            long t1 = System.nanoTime();
            double seconds = (t1 - t0) / 1e9;
            var states = jdbc.sql("SELECT status, count(*) FROM inbound_message GROUP BY status ORDER BY status")
                    .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).list();
            long replies = jdbc.sql("SELECT count(*) FROM outbox_message WHERE kind = 'AUTO_REPLY_MISSING'").query(Long.class).single();
            System.out.printf("intake: %d requests from %d messages in %.1f s = %.0f messages per second%n", requests, count,
                    seconds, count / seconds);
            System.out.printf("inbound messages: %s; automatic replies queued: %d%n", states, replies);
        } finally {
            app.close();
            mailbox.stop();
        }
    }

    private static byte[] message(int i, String from) {
        String from64 = from.contains("<") ? encodeName(from) : from;
        String body = "Laba diena,\r\n\r\nneveikia sąskaitų išrašymas (" + i + "). Spausdinant dingsta ąčęėįšųūž raidės.\r\n"
                + "Prašome padėti.\r\n\r\nPagarbiai\r\n";
        return ("From: " + from64 + "\r\nTo: pagalba@stekas.lt\r\nSubject: =?UTF-8?Q?Neveikia_s=C4=85skait=C5=B3_i=C5=A1ra=C5=A1ymas_" + i
                + "?=\r\nDate: Wed, 25 Nov 2026 10:00:00 +0200\r\nMessage-ID: <bench-" + i + "@klientas.lt>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String encodeName(String from) {
        try {
            int lt = from.indexOf('<');
            return new InternetAddress(from.substring(lt + 1, from.indexOf('>')),
                    from.substring(0, lt).strip(), "UTF-8").toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
