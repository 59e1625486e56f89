package lt.pagalba.request;

import java.time.OffsetDateTime;

/** One thing that happened to a request: registered, assigned, status changed, e-mail joined… */
public record TimelineEvent(OffsetDateTime occurredAt, String actor, String kind, String details) {
}
