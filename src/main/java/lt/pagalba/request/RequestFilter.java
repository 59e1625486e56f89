package lt.pagalba.request;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What the registration journal is narrowed to; null means "any". */
public record RequestFilter(UUID clientId, Set<RequestStatus> status, Channel channel, Boolean urgent, String consultant,
                            boolean unassigned, LocalDate from, LocalDate to, String q, boolean urgentFirst) {
}
