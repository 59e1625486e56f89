package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;

/**
 * A request's {@code targets} as API.md gives them: the due times and whether each was met
 * ({@code null} while the request has not got that far).
 */
public record RequestTargets(OffsetDateTime firstContactDue, OffsetDateTime resolutionDue, Boolean firstContactMet,
                             Boolean resolutionMet) {
}
