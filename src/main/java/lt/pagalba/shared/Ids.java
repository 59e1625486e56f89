package lt.pagalba.shared;

import java.util.Optional;
import java.util.UUID;

/** Ids are opaque strings outside and UUIDs inside; text that is no UUID names nothing (a 404, not a 400). */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
