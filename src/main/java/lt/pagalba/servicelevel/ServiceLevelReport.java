package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.staff.StaffNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First contact and resolution against the targets for the requests received in a period, counted
 * on one working clock as each request's {@code targets} are: in all, by lead consultant and by client.
 */
@Service
public class ServiceLevelReport {

    private final RequestClocks clocks;
    private final Timekeeper timekeeper;
    private final StaffNames staff;

    ServiceLevelReport(RequestClocks clocks, Timekeeper timekeeper, StaffNames staff) {
        this.clocks = clocks;
        this.timekeeper = timekeeper;
        this.staff = staff;
    }

    /** Both targets' tallies of a set of requests. */
    private static final class Pair {
        final ServiceLevels.Tally firstContact = new ServiceLevels.Tally();
        final ServiceLevels.Tally resolution = new ServiceLevels.Tally();
        String name;
    }

    /** The report for all requests, one client's, or those one consultant leads. */
    @Transactional(readOnly = true)
    public ServiceLevels of(ReportPeriod period, ReportFilter filter) {
        WorkingClock clock = timekeeper.clock();
        OffsetDateTime now = OffsetDateTime.now();
        Pair all = new Pair();
        Map<String, Pair> byConsultant = new LinkedHashMap<>();
        Map<String, Pair> byClient = new LinkedHashMap<>();
        // a request's targets depend on its urgency and its contract's promise only: a few kinds in a year
        Map<Kind, Targets> targetsOf = new HashMap<>();
        for (RequestClock request : clocks.receivedIn(period, filter)) {
            List<Pause> pauses = request.pauses(now);
            Targets targets = targetsOf.computeIfAbsent(new Kind(request.urgent(), request.promise()),
                    kind -> request.targets(clock.calendar()));
            Deadlines due = ServiceTargets.deadlines(clock, request.receivedAt(), targets, pauses);
            Pair consultant = byConsultant.computeIfAbsent(request.lead(), k -> new Pair());
            Pair client = byClient.computeIfAbsent(request.client().id(), k -> new Pair());
            client.name = request.client().name();
            // each target is reckoned once and counted in the three tallies (a year is 100,000 requests)
            Reckoned firstContact = reckoned(clock, request, request.firstContactAt(), due.firstContactDue(), pauses, now);
            Reckoned resolution = reckoned(clock, request, request.resolvedAt(), due.resolutionDue(), pauses, now);
            for (Pair pair : List.of(all, consultant, client)) {
                firstContact.countIn(pair.firstContact);
                resolution.countIn(pair.resolution);
            }
        }
        return new ServiceLevels(all.firstContact.outcome(), all.resolution.outcome(),
                groups(byConsultant, staff::of), groups(byClient, key -> byClient.get(key).name));
    }

    /** What a request's targets depend on. */
    private record Kind(boolean urgent, Promise promise) {
    }

    /** The groups by name, the unnamed (nobody leads, no client yet) last. */
    private static List<ServiceLevels.Breakdown> groups(Map<String, Pair> pairs, Function<String, String> name) {
        return pairs.entrySet().stream()
                .map(e -> new ServiceLevels.Breakdown(e.getKey(), e.getKey() == null ? null : name.apply(e.getKey()),
                        e.getValue().firstContact.outcome(), e.getValue().resolution.outcome()))
                .sorted(Comparator.comparing(ServiceLevels.Breakdown::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
    }

    /** How one request fared against one target: done (kept or not, in so many working minutes), overdue, or neither yet. */
    private record Reckoned(boolean done, boolean kept, long workingMinutes, boolean overdue) {

        private static final Reckoned PENDING = new Reckoned(false, false, 0, false);
        private static final Reckoned OVERDUE = new Reckoned(false, false, 0, true);

        void countIn(ServiceLevels.Tally tally) {
            if (done) {
                tally.done(kept, workingMinutes);
            } else if (overdue) {
                tally.overdue();
            }
        }
    }

    private static Reckoned reckoned(WorkingClock clock, RequestClock request, OffsetDateTime done, OffsetDateTime due,
                                   List<Pause> pauses, OffsetDateTime now) {
        if (done != null) {
            return new Reckoned(true, !done.isAfter(due), clock.workingMinutesBetween(request.receivedAt(), done, pauses), false);
        }
        return now.isAfter(due) ? Reckoned.OVERDUE : Reckoned.PENDING;
    }
}
