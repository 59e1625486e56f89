package lt.pagalba.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A message is registered once: delivered twice, read again after a crash, read by two pollers at once. */
class ExactlyOnceTests extends MailboxTestSupport {

    @BeforeEach
    void emptyMailbox() throws Exception {
        poller.pollNow();
        MAILBOX.purgeEmailFromAllMailboxes();
    }

    @Test
    void theSameMessageDeliveredTwiceMakesOneRequest() {
        String messageId = "<" + unique("twice-") + "@client.test>";
        byte[] raw = message(messageId, unique("du.") + "@kartus.lt", "Du kartus", "Tas pats laiškas.");
        deliver(raw);
        deliver(raw);

        MailboxPoll poll = poller.pollNow();
        deliver(raw); // and once more, after the first was registered
        MailboxPoll later = poller.pollNow();

        assertThat(poll.read()).isEqualTo(2);
        assertThat(poll.registered()).isEqualTo(1);
        assertThat(poll.duplicates()).isEqualTo(1);
        assertThat(later.duplicates()).isEqualTo(1);
        assertThat(inboundCount(messageId)).isEqualTo(1);
        assertThat(requestsWithDescription("Tas pats laiškas.", messageId)).isEqualTo(1);
        assertThat(unseen()).isZero();
    }

    @Test
    void aCrashBetweenRegistrationAndTheSeenFlagRegistersNothingTwice() throws Exception {
        String messageId = deliver(unique("griuvo.") + "@kartus.lt", "Po griūties", "Laiškas prieš griūtį.");
        // what the poller does before it flags the message: read it and commit the registration…
        MimeMessage stored = MAILBOX.getReceivedMessages()[0];
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        stored.writeTo(raw);
        assertThat(intake.receive(List.of(raw.toByteArray()))).extracting(MailIntake.Outcome::status).containsExactly("REGISTERED");
        // …and then the process dies: the mailbox never hears of it
        assertThat(unseen()).isEqualTo(1);

        MailboxPoll afterRestart = poller.pollNow();

        assertThat(afterRestart.read()).isEqualTo(1);
        assertThat(afterRestart.duplicates()).isEqualTo(1);
        assertThat(afterRestart.registered()).isZero();
        assertThat(inboundCount(messageId)).isEqualTo(1);
        assertThat(requestsWithDescription("Laiškas prieš griūtį.", messageId)).isEqualTo(1);
        assertThat(outboxFor(requestOf(messageId).id())).hasSize(1); // one automatic reply, not two
        assertThat(unseen()).isZero();
    }

    @Test
    void twoPollersAtOnceRegisterEachMessageOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        String marker = unique("lenktynes-");
        for (int i = 0; i < 60; i++) {
            ids.add(deliver(unique("p" + i + ".") + "@lenktynes.lt", "Lenktynės " + i, marker + " " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<MailboxPoll>> polls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                polls.add(pool.submit(() -> {
                    start.await();
                    return poller.pollNow();
                }));
            }
            start.countDown();
            int registered = 0;
            for (Future<MailboxPoll> poll : polls) {
                registered += poll.get(120, TimeUnit.SECONDS).registered();
            }
            assertThat(registered).isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            assertThat(inboundCount(id)).isEqualTo(1);
        }
        long requests = jdbc.sql("SELECT count(*) FROM support_request WHERE description LIKE :m")
                .param("m", marker + " %").query(Long.class).single();
        assertThat(requests).isEqualTo(60);
        assertThat(unseen()).isZero();
    }

    @Test
    void readingTheMailboxLeavesMessagesUnseenUntilTheyAreRegistered() throws Exception {
        for (int i = 0; i < 3; i++) {
            deliver(unique("peek.") + "@kartus.lt", "Nepažymėtas " + i, "Tekstas " + i);
        }
        Store store = poller.session().getStore("imap");
        store.connect(MAILBOX.getImap().getServerSetup().getBindAddress(), MAILBOX.getImap().getPort(), LOGIN, PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            List<byte[]> raws = MailboxPoller.read(inbox, inbox.getMessages());
            assertThat(raws).hasSize(3).allSatisfy(raw -> assertThat(new String(raw, StandardCharsets.UTF_8))
                    .contains("Message-ID:", "Tekstas "));
            inbox.close(false);
        } finally {
            store.close();
        }
        assertThat(unseen()).isEqualTo(3);
        assertThat(poller.pollNow().registered()).isEqualTo(3);
        assertThat(unseen()).isZero();
    }

    private long requestsWithDescription(String description, String messageId) {
        assertThat(inbound(messageId).get("status")).isEqualTo("REGISTERED");
        return jdbc.sql("SELECT count(*) FROM support_request WHERE description = :d").param("d", description)
                .query(Long.class).single();
    }
}
