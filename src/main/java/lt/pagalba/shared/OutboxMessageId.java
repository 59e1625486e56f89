package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of an e-mail in the outbox (its Message-ID header is another thing: text the mail carries). */
public record OutboxMessageId(UUID value) implements TypedId {

    public OutboxMessageId {
        Objects.requireNonNull(value, "OutboxMessageId needs a value");
    }

    public static OutboxMessageId random() {
        return new OutboxMessageId(UUID.randomUUID());
    }

    /** The id the text names; text that is no UUID names nothing (404). */
    @JsonCreator
    public static OutboxMessageId parse(String text) {
        return TypedId.parse(OutboxMessageId.class, text);
    }

    @Override
    public String subject() {
        return "outboxMessage";
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
