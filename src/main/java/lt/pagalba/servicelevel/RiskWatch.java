package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lt.pagalba.servicelevel.AtRisk.Level;
import lt.pagalba.servicelevel.AtRisk.Target;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which open requests are near or past a target now, on one working clock for all: first contact until
 * staff reached the client, resolution until it is resolved, each by the request's own targets (its
 * contract's promise where faster). A request waiting for the client is not counting down, so it is not
 * at risk while it waits.
 */
@Service
public class RiskWatch {

    private final RequestClocks clocks;
    private final Timekeeper timekeeper;

    RiskWatch(RequestClocks clocks, Timekeeper timekeeper) {
        this.clocks = clocks;
        this.timekeeper = timekeeper;
    }

    /** The requests at risk at {@code now}, the most urgent (least time left) first. */
    @Transactional(readOnly = true)
    public List<AtRisk> atRisk(OffsetDateTime now) {
        return atRisk(now, null);
    }

    /** Those of them a consultant leads (everyone's when {@code lead} is null), read in one query of the few that may be. */
    @Transactional(readOnly = true)
    public List<AtRisk> atRisk(OffsetDateTime now, String lead) {
        WorkingClock clock = timekeeper.clock();
        List<AtRisk> found = new ArrayList<>();
        for (RequestClock request : clocks.mayBeAtRisk(now, RequestClocks.AllowedMinutes.on(clock.calendar()), lead)) {
            found.addAll(risks(clock, request, now));
        }
        found.sort(Comparator.comparingLong(AtRisk::minutesLeft));
        return found;
    }

    static List<AtRisk> risks(WorkingClock clock, RequestClock request, OffsetDateTime now) {
        Targets targets = request.targets(clock.calendar());
        List<Pause> pauses = request.pauses(now);
        List<AtRisk> risks = new ArrayList<>(2);
        long used = clock.workingMinutesBetween(request.receivedAt(), now, pauses);
        if (request.firstContactAt() == null) {
            risk(clock, request, Target.FIRST_CONTACT, targets.firstContact().minutesOn(clock.calendar()), used, pauses, now)
                    .ifPresent(risks::add);
        }
        risk(clock, request, Target.RESOLUTION, targets.resolution().minutesOn(clock.calendar()), used, pauses, now)
                .ifPresent(risks::add);
        return risks;
    }

    private static Optional<AtRisk> risk(WorkingClock clock, RequestClock request, Target target, long allowed,
                                                   long used, List<Pause> pauses, OffsetDateTime now) {
        if (used * 100 < allowed * AtRisk.NEAR_PERCENT) {
            return Optional.empty();
        }
        OffsetDateTime due = clock.dueAfter(request.receivedAt(), allowed, pauses);
        Level level = used >= allowed ? Level.PAST : Level.NEAR;
        long left = level == Level.PAST ? -clock.workingMinutesBetween(due, now) : clock.workingMinutesBetween(now, due);
        return Optional.of(new AtRisk(request.id(), request.number(), target, level, due, left, request.lead()));
    }
}
