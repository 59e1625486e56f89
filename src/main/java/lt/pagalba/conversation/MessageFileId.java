package lt.pagalba.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import lt.pagalba.shared.TypedId;

/** The id of a file attached to a reply or a note. */
public record MessageFileId(UUID value) implements TypedId {

    public MessageFileId {
        Objects.requireNonNull(value, "MessageFileId needs a value");
    }

    public static MessageFileId random() {
        return new MessageFileId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static MessageFileId parse(String text) {
        return TypedId.parse(MessageFileId.class, text);
    }

    @Override
    public String subject() {
        return "messageFile";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
