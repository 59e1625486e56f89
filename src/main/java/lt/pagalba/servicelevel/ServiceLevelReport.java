package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ReportFilter;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.staff.StaffNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First contact and resolution against the targets for the requests received in a period, counted
 * on one working clock as each request's {@code targets} are: in all, by lead consultant and by client.
 *
 * <p>Each request's outcome is stored (V79, {@link ServiceLevelOutcomes}) and counted by PostgreSQL: a
 * year is a hundred thousand requests, and reckoning every clock again took seconds. Before counting,
 * the report reckons the outcomes of the period that are missing or out of date (a request changed, the
 * calendar changed, a client's contract changed), in batches of {@link #BATCH}, each stored in its own
 * transaction. {@link #reckonedOneByOne} is the same report reckoned from every clock, as it was before
 * the outcomes were stored; tests hold the two equal.
 */
@Service
public class ServiceLevelReport {

    static final int BATCH = 1000;

    /** The groups by name, the unnamed last; two of one name (two consultants called alike) by their keys. */
    private static final Comparator<ServiceLevels.Breakdown> BY_NAME = Comparator
            .comparing(ServiceLevels.Breakdown::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(ServiceLevels.Breakdown::key, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final Logger log = LoggerFactory.getLogger(ServiceLevelReport.class);

    /** So many outcomes written at once that the table's statistics are taken again. */
    static final int MANY = 10_000;

    private final RequestClocks clocks;
    private final Timekeeper timekeeper;
    private final StaffNames staff;
    private final ServiceLevelOutcomes outcomes;
    private final TransactionTemplate each;

    ServiceLevelReport(RequestClocks clocks, Timekeeper timekeeper, StaffNames staff, ServiceLevelOutcomes outcomes,
                       PlatformTransactionManager transactions) {
        this.clocks = clocks;
        this.timekeeper = timekeeper;
        this.staff = staff;
        this.outcomes = outcomes;
        this.each = new TransactionTemplate(transactions);
        each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The report for all requests, one client's, or those one consultant leads. */
    public ServiceLevels of(ReportPeriod period, ReportFilter filter) {
        OffsetDateTime now = OffsetDateTime.now();
        bringUpToDate(period, filter.clientId(), now);
        ServiceLevels.Outcome none = ServiceLevels.Tally.outcome(0, 0, null, null);
        ServiceLevels.Outcome[] all = {none, none};
        Map<String, ServiceLevels.Breakdown> byConsultant = new LinkedHashMap<>();
        Map<String, ServiceLevels.Breakdown> byClient = new LinkedHashMap<>();
        for (ServiceLevelOutcomes.Group group : outcomes.tally(period, filter, now)) {
            ServiceLevels.Outcome firstContact = group.firstContact().outcome();
            ServiceLevels.Outcome resolution = group.resolution().outcome();
            if (group.byLead()) {
                byConsultant.put(group.lead(), new ServiceLevels.Breakdown(group.lead(),
                        group.lead() == null ? null : staff.of(group.lead()), firstContact, resolution));
            } else if (group.byClient()) {
                byClient.put(group.clientId(), new ServiceLevels.Breakdown(group.clientId(),
                        group.clientId() == null ? null : group.clientName(), firstContact, resolution));
            } else {
                all[0] = firstContact;
                all[1] = resolution;
            }
        }
        return new ServiceLevels(all[0], all[1], sorted(byConsultant.values()), sorted(byClient.values()));
    }

    private static List<ServiceLevels.Breakdown> sorted(java.util.Collection<ServiceLevels.Breakdown> groups) {
        return groups.stream()
                .sorted(BY_NAME)
                .toList();
    }

    /**
     * Reckons and stores the outcomes of the period (of one client, when asked) that are missing or out
     * of date, on the calendar as it is stored now; the batches go in the order of the requests' ids.
     * Returns how many were reckoned.
     */
    int bringUpToDate(ReportPeriod period, ClientId client, OffsetDateTime now) {
        Timekeeper.Reckoning reckoning = timekeeper.reckoning();
        List<UUID> due = outcomes.outOfDate(period, client, reckoning.epoch());
        for (int from = 0; from < due.size(); from += BATCH) {
            List<UUID> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    bringUpToDateFrom(clocks.stamped(batch), reckoning, now);
                    break;
                } catch (DataAccessException busy) {
                    if (!ServiceLevelOutcomes.lockNotAvailable(busy)) {
                        throw busy;
                    }
                    // a request of the batch is being changed: read its clock again after that change
                    log.debug("Service-level outcomes: batch busy (attempt {} of {})", attempt, ATTEMPTS, busy);
                }
            }
        }
        if (due.size() >= MANY) {
            outcomes.analyze();
        }
        return due.size();
    }

    /** Stores, in one transaction, the outcomes reckoned from clocks just read, with the stamps they were read with. */
    void bringUpToDateFrom(List<RequestClocks.Stamped> read, Timekeeper.Reckoning reckoning, OffsetDateTime now) {
        WorkingClock clock = new WorkingClock(reckoning.calendar());
        Map<Kind, Targets> targetsOf = new HashMap<>();
        List<ServiceLevelOutcomes.Stored> reckoned = read.stream()
                .sorted(Comparator.comparing(s -> s.clock().id().value()))
                .map(stamped -> reckoned(clock, stamped, reckoning.epoch(), targetsOf, now)).toList();
        each.executeWithoutResult(status -> outcomes.store(reckoned));
    }

    /**
     * The batch gives way to the people's changes: rather than wait on a request being changed (and so
     * maybe close a circle of waits with a change of two requests), it gives up after
     * {@link ServiceLevelOutcomes#LOCK_WAIT} and is read again, at most {@link #ATTEMPTS} times; a batch
     * that never got through leaves its outcomes as they were, reckoned on the next reading.
     */
    static final int ATTEMPTS = 3;

    /** One request's outcome on a clock: done targets as they were done, the others by their deadline. */
    private static ServiceLevelOutcomes.Stored reckoned(WorkingClock clock, RequestClocks.Stamped stamped, long epoch,
                                                        Map<Kind, Targets> targetsOf, OffsetDateTime now) {
        RequestClock request = stamped.clock();
        Targets targets = targetsOf.computeIfAbsent(new Kind(request.urgent(), request.promise()),
                kind -> request.targets(clock.calendar()));
        List<Pause> pauses = request.pauses(now);
        Deadlines due = ServiceTargets.deadlines(clock, request.receivedAt(), targets, pauses);
        OffsetDateTime waiting = request.waitingSince();
        // a wait going on moves a deadline it began before past any now: stored without it, and read beside waiting_since
        Deadlines still = waiting == null ? due
                : ServiceTargets.deadlines(clock, request.receivedAt(), targets, request.pauses(waiting));
        return new ServiceLevelOutcomes.Stored(request.id().value(), stamped.stamp(), epoch, stamped.clientEpoch(),
                request.receivedAt(), request.client().id(), request.lead(), waiting,
                target(clock, request, request.firstContactAt(), due.firstContactDue(), still.firstContactDue(), pauses),
                target(clock, request, request.resolvedAt(), due.resolutionDue(), still.resolutionDue(), pauses));
    }

    private static ServiceLevelOutcomes.Target target(WorkingClock clock, RequestClock request, OffsetDateTime done,
                                                      OffsetDateTime due, OffsetDateTime stillDue, List<Pause> pauses) {
        if (done != null) {
            return new ServiceLevelOutcomes.Target(clock.workingMinutesBetween(request.receivedAt(), done, pauses),
                    !done.isAfter(due), null);
        }
        return new ServiceLevelOutcomes.Target(null, null, stillDue);
    }

    /** Both targets' tallies of a set of requests. */
    private static final class Pair {
        final ServiceLevels.Tally firstContact = new ServiceLevels.Tally();
        final ServiceLevels.Tally resolution = new ServiceLevels.Tally();
        String name;
    }

    /** The same report reckoned from every request's clock at {@code now}, none of it stored. */
    @Transactional(readOnly = true)
    ServiceLevels reckonedOneByOne(ReportPeriod period, ReportFilter filter, OffsetDateTime now) {
        WorkingClock clock = timekeeper.clock();
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
                .sorted(BY_NAME)
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
