package lt.pagalba.inbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The ceiling of the mail intake benchmark (bench/run-intake.sh): the same number of messages of the
 * same shape in a GreenMail mailbox, read the least way any intake must — every unseen message
 * fetched whole, 500 to an IMAP command, parsed as MIME with its text read, and flagged seen one
 * command per batch — with plain Jakarta Mail, no database and no Pagalba. GreenMail's cost grows
 * with the folder, so the intake's rate only means something beside this one at the same count.
 */
public final class MailboxReadCeiling {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        GreenMail mailbox = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mailbox.start();
        try {
            GreenMailUser user = mailbox.setUser("pagalba@stekas.lt", "pagalba", "bench-password");
            Session session = Session.getInstance(new Properties());
            for (int i = 0; i < count; i++) {
                user.deliver(new MimeMessage(session, new ByteArrayInputStream(message(i))));
            }
            long t0 = System.nanoTime();
            long chars = read(mailbox.getImap().getPort());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("CEILING %d messages read in %.2f s = %.0f messages per second (%d characters of text)%n",
                    count, seconds, count / seconds, chars);
        } finally {
            mailbox.stop();
        }
    }

    private static long read(int port) throws Exception {
        Properties props = new Properties();
        props.setProperty("mail.imap.peek", "true");
        props.setProperty("mail.imap.fetchsize", "1048576");
        Session session = Session.getInstance(props);
        long chars = 0;
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", port, "pagalba", "bench-password");
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            FetchProfile whole = new FetchProfile();
            whole.add(FetchProfile.Item.SIZE);
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            for (int start = 0; start < unseen.length; start += 500) {
                Message[] batch = Arrays.copyOfRange(unseen, start, Math.min(unseen.length, start + 500));
                folder.fetch(batch, whole);
                for (Message message : batch) {
                    ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
                    message.writeTo(raw);
                    MimeMessage parsed = new MimeMessage(session, new ByteArrayInputStream(raw.toByteArray()));
                    chars += parsed.getSubject().length() + parsed.getFrom()[0].toString().length()
                            + parsed.getContent().toString().length();
                }
                folder.setFlags(batch, new Flags(Flags.Flag.SEEN), true);
            }
            folder.close(false);
        }
        return chars;
    }

    /** Shaped as IntakeBenchmark's: four in five from a known contact, one in five from a stranger with a name. */
    private static byte[] message(int i) throws Exception {
        String from = i % 5 == 4 ? new InternetAddress("nezinomas" + i + "@kitur.lt", "Nežinomas Siuntėjas", "UTF-8").toString()
                : "kontaktas" + i % 200 + "@klientas" + i % 200 + ".lt";
        String body = "Laba diena,\r\n\r\nneveikia sąskaitų išrašymas (" + i + "). Spausdinant dingsta ąčęėįšųūž raidės.\r\n"
                + "Prašome padėti.\r\n\r\nPagarbiai\r\n";
        return ("From: " + from + "\r\nTo: pagalba@stekas.lt\r\nSubject: =?UTF-8?Q?Neveikia_s=C4=85skait=C5=B3_i=C5=A1ra=C5=A1ymas_" + i
                + "?=\r\nDate: Wed, 25 Nov 2026 10:00:00 +0200\r\nMessage-ID: <bench-" + i + "@klientas.lt>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }
}
