package lt.pagalba.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lt.pagalba.servicelevel.RequestClock.Span;
import lt.pagalba.shared.RequestId;
import org.junit.jupiter.api.Test;

/** What a request's statuses say of its clock: the time it waited for the client and when it was resolved. */
class RequestClockTests {

    private static final OffsetDateTime NOW = at("2026-03-10T12:00");

    @Test
    void waitingForTheClientIsAPauseAndAWaitStillGoingOnEndsNow() {
        var clock = clock("REGISTERED", span("AWAITING_INFORMATION", "2026-03-02T09:00"), span("REGISTERED", "2026-03-02T11:00"),
                span("ASSIGNED", "2026-03-02T11:05"), span("AWAITING_INFORMATION", "2026-03-03T10:00"));

        assertThat(clock.pauses(NOW)).containsExactly(new Pause(at("2026-03-02T09:00"), at("2026-03-02T11:00")),
                new Pause(at("2026-03-03T10:00"), NOW));
    }

    @Test
    void aResolvedThenClosedRequestCountsFromItsResolution() {
        var clock = clock("CLOSED", span("REGISTERED", "2026-03-02T09:00"), span("ASSIGNED", "2026-03-02T09:01"),
                span("RESOLVED", "2026-03-02T15:00"), span("CLOSED", "2026-03-05T08:00"));

        assertThat(clock.resolvedAt()).isEqualTo(at("2026-03-02T15:00"));
        assertThat(clock.pauses(NOW)).isEmpty();
    }

    @Test
    void aReopenedRequestIsResolvedOnlyWhenItIsResolvedAgain() {
        var reopened = clock("IN_PROGRESS", span("ASSIGNED", "2026-03-02T09:00"), span("RESOLVED", "2026-03-02T15:00"),
                span("IN_PROGRESS", "2026-03-03T08:00"));
        var resolvedAgain = clock("RESOLVED", span("ASSIGNED", "2026-03-02T09:00"), span("RESOLVED", "2026-03-02T15:00"),
                span("IN_PROGRESS", "2026-03-03T08:00"), span("RESOLVED", "2026-03-04T10:00"));

        assertThat(reopened.resolvedAt()).isNull();
        assertThat(resolvedAgain.resolvedAt()).isEqualTo(at("2026-03-04T10:00"));
    }

    private static RequestClock clock(String status, Span... spans) {
        return new RequestClock(new RequestId(UUID.randomUUID()), "2026-000001", false, status, spans[0].since(), null, null,
                List.of(spans), Promise.NONE, RequestClock.Client.NONE);
    }

    private static Span span(String status, String since) {
        return new Span(status, at(since));
    }

    private static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + "+02:00");
    }
}
