package lt.pagalba.request;

import java.util.Map;
import lt.pagalba.shared.RequestId;

/** An entry to add to a request's timeline; read back as a {@link TimelineEvent}. */
record TimelineEntry(RequestId requestId, String actor, String kind, Map<String, Object> details) {
}
