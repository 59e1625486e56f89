package lt.pagalba.inbox;

import org.springframework.context.ApplicationContext;

/** For tests of other modules: reads the support mailbox now, as the scheduled poll would (jobs are off in tests). */
public final class MailboxDriver {

    private MailboxDriver() {
    }

    /** How many messages joined a request in this poll. */
    public static int pollNow(ApplicationContext context) {
        return context.getBean(MailboxPoller.class).pollNow().joined();
    }
}
