package lt.pagalba.request;

import java.time.OffsetDateTime;

/** A consultant working on a request, as lead or member. */
public record Assignment(String consultant, AssignmentRole role, OffsetDateTime assignedAt) {
}
