package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of the follow-up a low rating opens for the administrator. */
public record FollowUpId(UUID value) implements TypedId {

    public FollowUpId {
        Objects.requireNonNull(value, "FollowUpId needs a value");
    }

    public static FollowUpId random() {
        return new FollowUpId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static FollowUpId parse(String text) {
        return TypedId.parse(FollowUpId.class, text);
    }

    @Override
    public String subject() {
        return "followUp";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
