package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lt.pagalba.shared.RequestId;

/**
 * What a request's service-level clock needs: when it came, whether it is urgent, when staff first
 * reached the client, who leads the work, and every status it has been in since (oldest first), as the request module's
 * view {@code request_clock} (V65) gives them; what the contract valid on the day it came promises; and whose it is.
 */
record RequestClock(RequestId id, String number, boolean urgent, String status, OffsetDateTime receivedAt,
                    OffsetDateTime firstContactAt, String lead, List<Span> spans, Promise promise, Client client) {

    /** Whose request it is, as the client module's view {@code client_terms} names them; null fields when nobody's yet. */
    record Client(String id, String name) {

        static final Client NONE = new Client(null, null);
    }

    private static final String WAITING = "AWAITING_INFORMATION";
    private static final Set<String> DONE = Set.of("RESOLVED", "CLOSED");

    /** A status the request entered, and when. */
    record Span(String status, OffsetDateTime since) {
    }

    /** Its targets: the urgency's defaults, or faster where its contract promises so. */
    Targets targets(WorkingCalendar calendar) {
        return Targets.defaults(urgent).keeping(promise, calendar);
    }

    /** The time it waited for the client; a wait still going on ends {@code now}. */
    List<Pause> pauses(OffsetDateTime now) {
        List<Pause> pauses = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (WAITING.equals(spans.get(i).status())) {
                OffsetDateTime from = spans.get(i).since();
                OffsetDateTime to = i + 1 < spans.size() ? spans.get(i + 1).since() : now;
                pauses.add(new Pause(from, to.isBefore(from) ? from : to));
            }
        }
        return pauses;
    }

    /** When its wait for the client now going on began; null when it is not waiting. */
    OffsetDateTime waitingSince() {
        if (spans.isEmpty()) {
            return null;
        }
        Span last = spans.get(spans.size() - 1);
        return WAITING.equals(last.status()) ? last.since() : null;
    }

    /**
     * When it was resolved: the start of its last stretch of resolved or closed statuses, so that a
     * request resolved and then closed counts from the resolution and a reopened one is not resolved.
     */
    OffsetDateTime resolvedAt() {
        if (!DONE.contains(status)) {
            return null;
        }
        OffsetDateTime resolved = null;
        for (Span span : spans) {
            if (!DONE.contains(span.status())) {
                resolved = null;
            } else if (resolved == null) {
                resolved = span.since();
            }
        }
        return resolved;
    }
}
