package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A request's service-level deadlines, counted in working time from its receipt on the current
 * calendar, with the time it waited for the client left out; and whether it kept them.
 */
@Component
public class ServiceTargets {

    private final Timekeeper timekeeper;

    ServiceTargets(Timekeeper timekeeper) {
        this.timekeeper = timekeeper;
    }

    /** The deadlines by the default targets for the request's urgency. */
    public Deadlines deadlines(OffsetDateTime receivedAt, boolean urgent, List<Pause> pauses) {
        return deadlines(receivedAt, Targets.defaults(urgent), pauses);
    }

    /** The deadlines by other targets (a contract's faster first contact, say). */
    public Deadlines deadlines(OffsetDateTime receivedAt, Targets targets, List<Pause> pauses) {
        return deadlines(timekeeper.clock(), receivedAt, targets, pauses);
    }

    /** The deadlines on a given clock: for many requests at once, one clock for all. */
    public static Deadlines deadlines(WorkingClock clock, OffsetDateTime receivedAt, Targets targets, List<Pause> pauses) {
        WorkingCalendar calendar = clock.calendar();
        return new Deadlines(clock.dueAfter(receivedAt, targets.firstContact().minutesOn(calendar), pauses),
                clock.dueAfter(receivedAt, targets.resolution().minutesOn(calendar), pauses));
    }

    /** A request's targets: its urgency's defaults, or faster where the contract valid on the day it came promises so. */
    Targets targetsOf(boolean urgent, Promise promise) {
        return Targets.defaults(urgent).keeping(promise, timekeeper.calendar());
    }

    /**
     * API.md's {@code targets} of a request: the deadlines by its targets and whether they were kept;
     * {@code firstContactAt} and {@code resolvedAt} are null until they happen.
     */
    public RequestTargets targets(OffsetDateTime receivedAt, Targets targets, List<Pause> pauses,
                                  OffsetDateTime firstContactAt, OffsetDateTime resolvedAt) {
        return deadlines(receivedAt, targets, pauses).met(firstContactAt, resolvedAt);
    }
}
