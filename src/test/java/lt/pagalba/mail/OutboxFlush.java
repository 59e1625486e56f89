package lt.pagalba.mail;

import org.springframework.context.ApplicationContext;

/** For tests of other modules that read what Pagalba sent: sends every mail that is due now, as the scheduled worker would. */
public final class OutboxFlush {

    private OutboxFlush() {
    }

    public static void sendDue(ApplicationContext context) {
        OutboxWorker worker = context.getBean(OutboxWorker.class);
        while (worker.sendDue() > 0) {
            // again, until nothing is due
        }
    }
}
