package lt.pagalba.mail;

import org.springframework.context.ApplicationContext;

/** For tests of other modules: sends what the outbox has due now, as the scheduled job would (jobs are off in tests). */
public final class OutboxDriver {

    private OutboxDriver() {
    }

    /** Sends until nothing is due; returns how many mails left. */
    public static int sendDue(ApplicationContext context) {
        OutboxWorker worker = context.getBean(OutboxWorker.class);
        int sent = 0;
        for (int round = worker.sendDue(); round > 0; round = worker.sendDue()) {
            sent += round;
        }
        return sent;
    }
}
