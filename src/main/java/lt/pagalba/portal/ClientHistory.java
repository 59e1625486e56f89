package lt.pagalba.portal;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.TimelineEvent;

/**
 * What a client may see of a request's timeline: when it was registered and how its status moved.
 * Staff notes, assignments and everything else stay on the staff side.
 */
record ClientHistory(OffsetDateTime at, RequestStatus status) {

    static List<ClientHistory> of(List<TimelineEvent> timeline) {
        return timeline.stream().filter(e -> e.kind().equals("REGISTERED") || e.kind().equals("STATUS_CHANGED"))
                .map(e -> new ClientHistory(e.occurredAt(),
                        RequestStatus.valueOf(String.valueOf(e.detail(e.kind().equals("REGISTERED") ? "status" : "to")))))
                .toList();
    }
}
