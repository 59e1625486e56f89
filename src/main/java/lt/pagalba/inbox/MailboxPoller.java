package lt.pagalba.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import org.eclipse.angus.mail.imap.IMAPFolder;
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
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    static final long MAX_BATCH_BYTES = 64L * 1024 * 1024;

    private final InboundMailSettings settings;
    private final MailIntake intake;
    private final Timer polls;

    MailboxPoller(InboundMailSettings settings, MailIntake intake, MeterRegistry meters) {
        this.settings = settings;
        this.intake = intake;
        this.polls = Timer.builder("pagalba.mailbox.poll").description("Reading the support mailbox, intake included")
                .register(meters);
    }

    /** Reads and processes every unseen message now; nothing when no mailbox is configured. */
    MailboxPoll pollNow() {
        if (!settings.enabled()) {
            return MailboxPoll.OFF;
        }
        return polls.record(this::pollMailbox);
    }

    private MailboxPoll pollMailbox() {
        MailboxPoll poll = MailboxPoll.OFF;
        Store store = null;
        Folder folder = null;
        try {
            store = session().getStore(settings.protocol());
            store.connect(settings.host(), settings.port() == 0 ? -1 : settings.port(), settings.username(),
                    settings.password());
            folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            FetchProfile sizes = new FetchProfile();
            sizes.add(FetchProfile.Item.SIZE);
            folder.fetch(unseen, sizes);
            for (Message[] batch : batches(unseen, settings.batchSize())) {
                long t0 = System.nanoTime();
                List<byte[]> raws = read(folder, batch);
                long t1 = System.nanoTime();
                poll = poll.plus(intake.receive(raws));
                long t2 = System.nanoTime();
                // only now, with the batch committed, does the mailbox hear of it
                folder.setFlags(batch, new Flags(Flags.Flag.SEEN), true);
                poll = poll.took((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
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

    /**
     * Few IMAP commands matter more than small ones (a server may scan the whole folder per command:
     * GreenMail does), so many messages are fetched and flagged at once; but never more than
     * {@link #MAX_BATCH_BYTES} in memory, except one large message alone.
     */
    static List<Message[]> batches(Message[] messages, int maxCount) throws MessagingException {
        List<Message[]> batches = new ArrayList<>();
        int start = 0;
        long bytes = 0;
        for (int i = 0; i < messages.length; i++) {
            long size = Math.max(0, messages[i].getSize());
            if (i > start && (i - start >= maxCount || bytes + size > MAX_BATCH_BYTES)) {
                batches.add(Arrays.copyOfRange(messages, start, i));
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        if (start < messages.length) {
            batches.add(Arrays.copyOfRange(messages, start, messages.length));
        }
        return batches;
    }

    /** The raw messages of a batch, fetched whole in one IMAP command (BODY.PEEK[]: they stay unseen). */
    static List<byte[]> read(Folder folder, Message[] batch) throws MessagingException, IOException {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.SIZE);
        profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
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
