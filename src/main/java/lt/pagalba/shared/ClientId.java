package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a client (a company Pagalba serves). */
public record ClientId(UUID value) implements TypedId {

    public ClientId {
        Objects.requireNonNull(value, "ClientId needs a value");
    }

    public static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names no client (404). */
    @JsonCreator
    public static ClientId parse(String text) {
        return TypedId.parse(ClientId.class, text);
    }

    @Override
    public String subject() {
        return "client";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
