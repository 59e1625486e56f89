package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a journal statement (išrašas). */
public record StatementId(UUID value) implements TypedId {

    public StatementId {
        Objects.requireNonNull(value, "StatementId needs a value");
    }

    public static StatementId random() {
        return new StatementId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names no statement (404). */
    @JsonCreator
    public static StatementId parse(String text) {
        return TypedId.parse(StatementId.class, text);
    }

    @Override
    public String subject() {
        return "statement";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
