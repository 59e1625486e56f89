package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a support request (its number is {@code 2026-000123}; this is the opaque id). */
public record RequestId(UUID value) implements TypedId {

    public RequestId {
        Objects.requireNonNull(value, "RequestId needs a value");
    }

    public static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names no request (404). */
    @JsonCreator
    public static RequestId parse(String text) {
        return TypedId.parse(RequestId.class, text);
    }

    @Override
    public String subject() {
        return "request";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
