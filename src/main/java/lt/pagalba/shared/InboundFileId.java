package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a file that came with an incoming e-mail. */
public record InboundFileId(UUID value) implements TypedId {

    public InboundFileId {
        Objects.requireNonNull(value, "InboundFileId needs a value");
    }

    public static InboundFileId random() {
        return new InboundFileId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static InboundFileId parse(String text) {
        return TypedId.parse(InboundFileId.class, text);
    }

    @Override
    public String subject() {
        return "attachment";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
