package lt.pagalba.conversation;

import java.time.OffsetDateTime;

/**
 * What became of a reply in the outbox: waiting to be sent (or retried), sent, or given up with the
 * reason; {@code at} when it was sent or last tried (null while nothing was tried).
 */
public record Delivery(Status status, String reason, OffsetDateTime at) {

    public enum Status { QUEUED, SENT, FAILED }

    /** A reply the outbox has not taken yet is as good as queued: it takes it after the reply commits. */
    public static final Delivery WAITING = new Delivery(Status.QUEUED, null, null);

    /** Sent or given up: it may be sent again. */
    public boolean resendable() {
        return status != Status.QUEUED;
    }
}
