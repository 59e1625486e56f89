package lt.pagalba.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import lt.pagalba.shared.TypedId;

/** The id of a message written on a request: a reply to the client or an internal note. */
public record MessageId(UUID value) implements TypedId {

    public MessageId {
        Objects.requireNonNull(value, "MessageId needs a value");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static MessageId parse(String text) {
        return TypedId.parse(MessageId.class, text);
    }

    @Override
    public String subject() {
        return "message";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
