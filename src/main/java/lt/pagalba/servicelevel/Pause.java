package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Time the clock stands still, from {@code from} (included) to {@code to} (excluded): a request
 * waiting for the client. A pause still going on ends "now" for whoever asks.
 */
public record Pause(OffsetDateTime from, OffsetDateTime to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A pause ends after it starts: " + from + " – " + to);
        }
    }
}
