package lt.pagalba.servicelevel;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the working calendar: the current one for whoever counts working time, and the changes
 * administrators make, each in the audit trail. The calendar is read once and kept for
 * {@link #FRESH_FOR}; a change on this instance is seen at once, one on another instance within that time.
 */
@Service
public class Timekeeper {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final String SUBJECT = "WORKING_CALENDAR";
    private static final String OWNER = "working-calendar";

    private final WorkingCalendars calendars;
    private final AuditTrail audit;
    private volatile Loaded loaded;

    private final TransactionTemplate fresh;

    Timekeeper(WorkingCalendars calendars, AuditTrail audit, PlatformTransactionManager transactions) {
        this.calendars = calendars;
        this.audit = audit;
        this.fresh = new TransactionTemplate(transactions);
        fresh.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        fresh.setReadOnly(true);
        fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private record Loaded(WorkingCalendar calendar, Instant at) {
    }

    /** The calendar as an audit entry shows it: the hours, and the days added in one year. */
    record Snapshot(Map<DayOfWeek, String> hours, int year, List<LocalDate> holidays, List<LocalDate> workingDays) {

        static Snapshot of(WorkingCalendar calendar, int year) {
            Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
            calendar.hours().days().forEach((day, open) -> hours.put(day, open.opens() + "–" + open.closes()));
            return new Snapshot(hours, year, calendar.addedHolidays(year), calendar.addedWorkingDays(year));
        }
    }

    public WorkingCalendar calendar() {
        Loaded current = loaded;
        if (current == null || current.at().plus(FRESH_FOR).isBefore(Instant.now())) {
            current = new Loaded(calendars.load(), Instant.now());
            loaded = current;
        }
        return current.calendar();
    }

    /**
     * The calendar as stored now, read afresh with its epoch in one snapshot (not the kept copy, which
     * may be up to {@link #FRESH_FOR} old): what a stored outcome is reckoned on.
     */
    Reckoning reckoning() {
        return fresh.execute(status -> new Reckoning(calendars.load(), calendars.epoch()));
    }

    /** A calendar and the epoch it was stored under. */
    record Reckoning(WorkingCalendar calendar, long epoch) {
    }

    /** A clock on the current calendar: take one for a batch of requests, so all are counted alike. */
    public WorkingClock clock() {
        return new WorkingClock(calendar());
    }

    /** The weekly hours and one year's added days, as a whole (the API's PUT). */
    @Transactional
    WorkingCalendar change(CalendarChange change) {
        WorkingCalendar before = calendars.load();
        calendars.saveHours(change.hours());
        // left out, the year's working days stay, but not one the change now lists as a day off
        List<LocalDate> workingDays = change.workingDays().orElse(before.addedWorkingDays(change.year()).stream()
                .filter(day -> !change.holidays().contains(day)).toList());
        Map<LocalDate, DayKind> days = new HashMap<>();
        change.addedHolidays().forEach(day -> days.put(day, DayKind.HOLIDAY));
        workingDays.forEach(day -> days.put(day, DayKind.WORKING_DAY));
        calendars.replaceYear(change.year(), days);
        return audited(String.valueOf(change.year()), change.year(), before);
    }

    @Transactional
    WorkingCalendar changeHours(WeeklyHours hours) {
        WorkingCalendar before = calendars.load();
        calendars.saveHours(hours);
        return audited("hours", Vilnius.today().getYear(), before);
    }

    /** A day off on a working day, or a working day on a day off; anything else would change nothing. */
    @Transactional
    WorkingCalendar addDay(LocalDate day, DayKind kind) {
        if (day.getYear() < WorkingCalendar.FIRST_YEAR || day.getYear() > WorkingCalendar.LAST_YEAR) {
            throw new InvalidInputException(FieldProblem.invalid("date", "servicelevel.day.outOfRange",
                    WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR));
        }
        WorkingCalendar before = calendars.load();
        if (before.isWorkingDay(day) == (kind == DayKind.WORKING_DAY)) {
            throw new InvalidInputException(kind == DayKind.WORKING_DAY
                    ? FieldProblem.invalid("date", "servicelevel.day.alreadyWorking")
                    : FieldProblem.invalid("date", "servicelevel.day.alreadyOff"));
        }
        calendars.saveDay(day, kind);
        return audited(day.toString(), day.getYear(), before);
    }

    @Transactional
    WorkingCalendar removeDay(LocalDate day) {
        WorkingCalendar before = calendars.load();
        return calendars.removeDay(day) ? audited(day.toString(), day.getYear(), before) : before;
    }

    private WorkingCalendar audited(String subjectId, int year, WorkingCalendar before) {
        WorkingCalendar after = calendars.load();
        audit.record(SUBJECT, subjectId, OWNER, "UPDATED", Snapshot.of(before, year), Snapshot.of(after, year));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                loaded = null;
            }
        });
        return after;
    }
}
