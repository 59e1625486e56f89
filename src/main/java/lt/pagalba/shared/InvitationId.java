package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of an invitation to rate a closed request (its link carries a token, never this id). */
public record InvitationId(UUID value) implements TypedId {

    public InvitationId {
        Objects.requireNonNull(value, "InvitationId needs a value");
    }

    public static InvitationId random() {
        return new InvitationId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static InvitationId parse(String text) {
        return TypedId.parse(InvitationId.class, text);
    }

    @Override
    public String subject() {
        return "invitation";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
