package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a client's contact person. */
public record ContactId(UUID value) implements TypedId {

    public ContactId {
        Objects.requireNonNull(value, "ContactId needs a value");
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names no contact (404). */
    @JsonCreator
    public static ContactId parse(String text) {
        return TypedId.parse(ContactId.class, text);
    }

    @Override
    public String subject() {
        return "contact";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
