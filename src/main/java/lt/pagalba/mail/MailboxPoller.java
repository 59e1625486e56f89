package lt.pagalba.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP or IMAPS: every unseen message, many at a time, without
 * marking it (BODY.PEEK); only after the intake has committed them are they flagged \Seen. A crash
 * in between leaves them unseen, and the next poll reads them again: the intake's dedupe makes that
 * harmless. Several pollers on one mailbox are just as harmless.
 */
@Component
public class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    /** What one poll did. */
    public record Poll(int read, int registered, int joined, int ignored, int quarantined, int duplicates) {

        static final Poll OFF = new Poll(0, 0, 0, 0, 0, 0);

        Poll plus(List<MailIntake.Outcome> outcomes) {
            int r = registered, j = joined, i = ignored, q = quarantined, d = duplicates;
            for (MailIntake.Outcome o : outcomes) {
                switch (o.status()) {
                    case "REGISTERED" -> r++;
                    case "JOINED" -> j++;
                    case "IGNORED" -> i++;
                    case "QUARANTINED" -> q++;
                    default -> d++;
                }
            }
            return new Poll(read + outcomes.size(), r, j, i, q, d);
        }
    }

    private final InboundMailSettings settings;
    private final MailIntake intake;

    MailboxPoller(InboundMailSettings settings, MailIntake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Reads and processes every unseen message now; nothing when no mailbox is configured. */
    public Poll pollNow() {
        if (!settings.enabled()) {
            return Poll.OFF;
        }
        Poll poll = Poll.OFF;
        Store store = null;
        Folder folder = null;
        try {
            store = session().getStore(settings.protocol());
            store.connect(settings.host(), settings.port() == 0 ? -1 : settings.port(), settings.username(),
                    settings.password());
            folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            for (int from = 0; from < unseen.length; from += settings.batchSize()) {
                Message[] batch = Arrays.copyOfRange(unseen, from, Math.min(unseen.length, from + settings.batchSize()));
                poll = poll.plus(intake.receive(read(folder, batch)));
                // only now, with the batch committed, does the mailbox hear of it
                folder.setFlags(batch, new Flags(Flags.Flag.SEEN), true);
            }
        } catch (MessagingException | IOException e) {
            log.warn("Reading the mailbox {}@{} failed: {}", settings.username(), settings.host(), e.toString());
        } finally {
            close(folder, store);
        }
        if (poll.read() > 0) {
            log.info("Mailbox: {}", poll);
        }
        return poll;
    }

    /** The raw messages of a batch, fetched whole in one IMAP command (BODY.PEEK[]: they stay unseen). */
    static List<byte[]> read(Folder folder, Message[] batch) throws MessagingException, IOException {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.SIZE);
        profile.add(FetchProfile.Item.FLAGS);
        folder.fetch(batch, profile);
        List<byte[]> raws = new ArrayList<>(batch.length);
        for (Message message : batch) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
            message.writeTo(raw);
            raws.add(raw.toByteArray());
        }
        return raws;
    }

    Session session() {
        String p = settings.protocol();
        Properties props = new Properties();
        props.setProperty("mail.store.protocol", p);
        props.setProperty("mail." + p + ".connectiontimeout", "20000");
        props.setProperty("mail." + p + ".timeout", "60000");
        // reading must not mark a message seen: that waits for the commit
        props.setProperty("mail." + p + ".peek", "true");
        props.setProperty("mail." + p + ".fetchsize", "1048576");
        if (p.equals("imaps")) {
            props.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }

    private static void close(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.debug("Closing the mailbox folder", e);
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException e) {
            log.debug("Closing the mailbox", e);
        }
    }
}
