package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a proforma, VAT invoice or credit note. */
public record InvoiceId(UUID value) implements TypedId {

    public InvoiceId {
        Objects.requireNonNull(value, "InvoiceId needs a value");
    }

    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names no invoice (404). */
    @JsonCreator
    public static InvoiceId parse(String text) {
        return TypedId.parse(InvoiceId.class, text);
    }

    @Override
    public String subject() {
        return "invoice";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
