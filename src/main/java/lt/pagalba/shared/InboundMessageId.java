package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of an e-mail read from the support mailbox, as stored (its Message-ID is the sender's text). */
public record InboundMessageId(UUID value) implements TypedId {

    public InboundMessageId {
        Objects.requireNonNull(value, "InboundMessageId needs a value");
    }

    public static InboundMessageId random() {
        return new InboundMessageId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static InboundMessageId parse(String text) {
        return TypedId.parse(InboundMessageId.class, text);
    }

    @Override
    public String subject() {
        return "inbound-mail";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
