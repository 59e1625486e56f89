package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import lt.pagalba.request.TimelineEvent;

/**
 * One entry of a request's conversation as the request page lists it: something that happened to the
 * request, the client's e-mail, a reply or a note, a phone call; each with when, who (a name, not a
 * username) and, for mail and calls, the direction.
 */
sealed interface ConversationEntry {

    OffsetDateTime at();

    String who();

    /** The kind the page renders: EVENT, EMAIL, REPLY, NOTE or CALL. */
    String kind();

    /** A change of the request: registered, assigned, status…; {@code consultant} the name of the consultant it names. */
    record Event(TimelineEvent event, String who, String consultant) implements ConversationEntry {
        public OffsetDateTime at() {
            return event.occurredAt();
        }

        public String kind() {
            return "EVENT";
        }
    }

    /** The client's e-mail; {@code refused} how many of its files were refused as too large. */
    record Email(ClientMail mail, String who, int refused) implements ConversationEntry {
        public OffsetDateTime at() {
            return mail.receivedAt();
        }

        public String kind() {
            return "EMAIL";
        }
    }

    /** A reply (with its delivery) or a note. */
    record Written(Message message, String who, Delivery delivery) implements ConversationEntry {
        public OffsetDateTime at() {
            return message.createdAt();
        }

        public String kind() {
            return message.kind().name();
        }
    }

    record Call(CallView call, String who) implements ConversationEntry {
        public OffsetDateTime at() {
            return call.startedAt();
        }

        public String kind() {
            return "CALL";
        }
    }
}
