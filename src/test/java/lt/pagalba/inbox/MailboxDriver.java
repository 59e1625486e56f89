package lt.pagalba.inbox;

import java.util.List;
import org.springframework.context.ApplicationContext;

/** For tests of other modules: reads the support mailbox now, as the scheduled poll would (jobs are off in tests). */
public final class MailboxDriver {

    private MailboxDriver() {
    }

    /** How many messages joined a request in this poll. */
    public static int pollNow(ApplicationContext context) {
        return context.getBean(MailboxPoller.class).pollNow().joined();
    }

    /** Takes one message (its raw bytes) into the intake as if the poll had read it; what became of it (JOINED, REGISTERED…). */
    public static String receive(ApplicationContext context, byte[] raw) {
        return context.getBean(MailIntake.class).receive(List.of(raw)).get(0).status();
    }
}
