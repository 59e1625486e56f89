package lt.pagalba.shared;

/**
 * Tells every instance that shares the database (this one too) that something changed, so each can
 * forget what it remembered of it: a staff member's rights, a revoked API token. {@code web} carries
 * the signals on PostgreSQL's NOTIFY, the same channel as the live notices; a module that has no
 * transport (a module test) simply forgets on its own instance.
 */
public interface ClusterSignals {

    /**
     * Sends {@code payload} under {@code topic}. Inside a transaction it goes out only when that
     * commits; every instance's receivers of the topic get it within milliseconds after.
     */
    void send(String topic, String payload);

    /** A bean that wants the signals of one topic; called on the receiving thread, so it must be quick. */
    interface Receiver {

        String topic();

        void received(String payload);

        /** The connection that carries the signals was lost for a while: some may have been missed. */
        default void missedSome() {
        }
    }
}
