package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.Comparator;
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
        for (RequestClock request : clocks.receivedIn(period, filter)) {
            List<Pause> pauses = request.pauses(now);
            Deadlines due = ServiceTargets.deadlines(clock, request.receivedAt(), request.targets(clock.calendar()), pauses);
            Pair consultant = byConsultant.computeIfAbsent(request.lead(), k -> new Pair());
            Pair client = byClient.computeIfAbsent(request.client().id(), k -> new Pair());
            client.name = request.client().name();
            for (Pair pair : List.of(all, consultant, client)) {
                count(pair.firstContact, clock, request, request.firstContactAt(), due.firstContactDue(), pauses, now);
                count(pair.resolution, clock, request, request.resolvedAt(), due.resolutionDue(), pauses, now);
            }
        }
        return new ServiceLevels(all.firstContact.outcome(), all.resolution.outcome(),
                groups(byConsultant, staff::of), groups(byClient, key -> byClient.get(key).name));
    }

    /** The groups by name, the unnamed (nobody leads, no client yet) last. */
    private static List<ServiceLevels.Breakdown> groups(Map<String, Pair> pairs, Function<String, String> name) {
        return pairs.entrySet().stream()
                .map(e -> new ServiceLevels.Breakdown(e.getKey(), e.getKey() == null ? null : name.apply(e.getKey()),
                        e.getValue().firstContact.outcome(), e.getValue().resolution.outcome()))
                .sorted(Comparator.comparing(ServiceLevels.Breakdown::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
    }

    private static void count(ServiceLevels.Tally tally, WorkingClock clock, RequestClock request, OffsetDateTime done,
                              OffsetDateTime due, List<Pause> pauses, OffsetDateTime now) {
        if (done != null) {
            tally.done(!done.isAfter(due), clock.workingMinutesBetween(request.receivedAt(), done, pauses));
        } else if (now.isAfter(due)) {
            tally.overdue();
        }
    }
}
