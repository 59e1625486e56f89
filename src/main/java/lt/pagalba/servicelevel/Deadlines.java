package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.Objects;

/** When a request is due to be first contacted and resolved (Vilnius offset). */
public record Deadlines(OffsetDateTime firstContactDue, OffsetDateTime resolutionDue) {

    public Deadlines {
        Objects.requireNonNull(firstContactDue, "firstContactDue");
        Objects.requireNonNull(resolutionDue, "resolutionDue");
    }

    /**
     * Whether the actual times kept the deadlines; a time not there yet (the request not yet contacted
     * or resolved) gives null, as API.md's {@code targets} answers while a request is still open.
     */
    public RequestTargets met(OffsetDateTime firstContactAt, OffsetDateTime resolvedAt) {
        return new RequestTargets(firstContactDue, resolutionDue, kept(firstContactAt, firstContactDue),
                kept(resolvedAt, resolutionDue));
    }

    private static Boolean kept(OffsetDateTime actual, OffsetDateTime due) {
        return actual == null ? null : !actual.isAfter(due);
    }
}
