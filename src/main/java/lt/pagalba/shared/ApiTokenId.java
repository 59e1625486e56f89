package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a personal API token. */
public record ApiTokenId(UUID value) implements TypedId {

    public ApiTokenId {
        Objects.requireNonNull(value, "ApiTokenId needs a value");
    }

    public static ApiTokenId random() {
        return new ApiTokenId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names no token (404). */
    @JsonCreator
    public static ApiTokenId parse(String text) {
        return TypedId.parse(ApiTokenId.class, text);
    }

    @Override
    public String subject() {
        return "token";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
