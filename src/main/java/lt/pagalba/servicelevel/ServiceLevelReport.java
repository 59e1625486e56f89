package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First contact and resolution against the targets for the requests received in a period, counted
 * on one working clock as each request's {@code targets} are.
 */
@Service
public class ServiceLevelReport {

    private final RequestClocks clocks;
    private final Timekeeper timekeeper;

    ServiceLevelReport(RequestClocks clocks, Timekeeper timekeeper) {
        this.clocks = clocks;
        this.timekeeper = timekeeper;
    }

    /** The report for all requests, one client's, or those one consultant leads. */
    @Transactional(readOnly = true)
    public ServiceLevels of(ReportPeriod period, ReportFilter filter) {
        WorkingClock clock = timekeeper.clock();
        OffsetDateTime now = OffsetDateTime.now();
        ServiceLevels.Tally firstContact = new ServiceLevels.Tally();
        ServiceLevels.Tally resolution = new ServiceLevels.Tally();
        for (RequestClock request : clocks.receivedIn(period, filter)) {
            List<Pause> pauses = request.pauses(now);
            Deadlines due = ServiceTargets.deadlines(clock, request.receivedAt(), request.targets(clock.calendar()), pauses);
            count(firstContact, clock, request, request.firstContactAt(), due.firstContactDue(), pauses, now);
            count(resolution, clock, request, request.resolvedAt(), due.resolutionDue(), pauses, now);
        }
        return new ServiceLevels(firstContact.outcome(), resolution.outcome());
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
