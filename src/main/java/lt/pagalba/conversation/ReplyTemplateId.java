package lt.pagalba.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import lt.pagalba.shared.TypedId;

/** The id of a reply template. */
public record ReplyTemplateId(UUID value) implements TypedId {

    public ReplyTemplateId {
        Objects.requireNonNull(value, "ReplyTemplateId needs a value");
    }

    public static ReplyTemplateId random() {
        return new ReplyTemplateId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static ReplyTemplateId parse(String text) {
        return TypedId.parse(ReplyTemplateId.class, text);
    }

    @Override
    public String subject() {
        return "replyTemplate";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
