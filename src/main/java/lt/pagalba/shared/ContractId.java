package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a service contract. */
public record ContractId(UUID value) implements TypedId {

    public ContractId {
        Objects.requireNonNull(value, "ContractId needs a value");
    }

    public static ContractId random() {
        return new ContractId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names no contract (404). */
    @JsonCreator
    public static ContractId parse(String text) {
        return TypedId.parse(ContractId.class, text);
    }

    @Override
    public String subject() {
        return "contract";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
