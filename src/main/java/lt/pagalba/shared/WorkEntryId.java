package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a work entry in the consultation journal. */
public record WorkEntryId(UUID value) implements TypedId {

    public WorkEntryId {
        Objects.requireNonNull(value, "WorkEntryId needs a value");
    }

    public static WorkEntryId random() {
        return new WorkEntryId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names no workEntry (404). */
    @JsonCreator
    public static WorkEntryId parse(String text) {
        return TypedId.parse(WorkEntryId.class, text);
    }

    @Override
    public String subject() {
        return "workEntry";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
