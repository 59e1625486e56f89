package lt.pagalba.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import lt.pagalba.shared.TypedId;

/** The id of a phone call logged on a request. */
public record CallId(UUID value) implements TypedId {

    public CallId {
        Objects.requireNonNull(value, "CallId needs a value");
    }

    public static CallId random() {
        return new CallId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static CallId parse(String text) {
        return TypedId.parse(CallId.class, text);
    }

    @Override
    public String subject() {
        return "call";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
