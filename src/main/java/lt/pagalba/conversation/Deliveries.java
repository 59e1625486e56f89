package lt.pagalba.conversation;

import java.util.Collection;
import java.util.Map;

/**
 * What the conversation needs of the outbox, which mail implements (mail depends on the conversation,
 * not the other way round): the delivery of replies, and sending one again.
 */
public interface Deliveries {

    /** The delivery of each of these replies that the outbox has taken; a reply not yet taken is left out. */
    Map<MessageId, Delivery> of(Collection<MessageId> replies);

    /**
     * Queues a sent or failed reply again (it keeps its Message-ID, so answers to either copy thread to
     * the request); a reply still waiting is a conflict ({@code ConflictException}).
     */
    void resend(MessageId reply);
}
