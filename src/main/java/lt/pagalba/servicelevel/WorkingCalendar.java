package lt.pagalba.servicelevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which days are worked and when: the weekly hours, less the Lithuanian public holidays, with the
 * days an administrator added (a day off, or a working day that wins over a weekend or holiday).
 * The working day before a public holiday ends one hour earlier (Darbo kodeksas art. 112 part 5).
 */
public record WorkingCalendar(WeeklyHours hours, Map<LocalDate, DayKind> addedDays) {

    /** The first and last years the calendar is kept for. */
    public static final int FIRST_YEAR = 2009;
    public static final int LAST_YEAR = 2099;

    public WorkingCalendar {
        Objects.requireNonNull(hours, "hours");
        addedDays = Map.copyOf(addedDays);
    }

    public static WorkingCalendar standard() {
        return new WorkingCalendar(WeeklyHours.standard(), Map.of());
    }

    /** The hours worked on the date, already shortened on the eve of a public holiday; nothing on a day off. */
    public Optional<OpeningHours> hoursOn(LocalDate date) {
        DayKind added = addedDays.get(date);
        Optional<OpeningHours> day;
        if (added == DayKind.WORKING_DAY) {
            day = Optional.of(hours.on(date.getDayOfWeek()).orElse(hours.fullDay()));
        } else if (added == DayKind.HOLIDAY || LithuanianHolidays.isHoliday(date)) {
            day = Optional.empty();
        } else {
            day = hours.on(date.getDayOfWeek());
        }
        return isEveOfHoliday(date) ? day.flatMap(h -> h.endingEarlier(60)) : day;
    }

    public boolean isWorkingDay(LocalDate date) {
        return hoursOn(date).isPresent();
    }

    /** The year's public holidays and the days off an administrator added, less the days made working days. */
    public List<LocalDate> holidays(int year) {
        TreeSet<LocalDate> days = new TreeSet<>(LithuanianHolidays.datesIn(year));
        addedIn(year, DayKind.HOLIDAY).forEach(days::add);
        addedIn(year, DayKind.WORKING_DAY).forEach(days::remove);
        return List.copyOf(days);
    }

    public List<LocalDate> addedWorkingDays(int year) {
        return addedIn(year, DayKind.WORKING_DAY).toList();
    }

    public List<LocalDate> addedHolidays(int year) {
        return addedIn(year, DayKind.HOLIDAY).toList();
    }

    /** The year's working days that end an hour early because a public holiday follows. */
    public List<LocalDate> shortenedDays(int year) {
        // the eve of New Year's Day is the last day of this year
        return Stream.concat(LithuanianHolidays.datesIn(year).stream(), LithuanianHolidays.datesIn(year + 1).stream())
                .map(holiday -> holiday.minusDays(1))
                .filter(day -> day.getYear() == year && isWorkingDay(day)).distinct().sorted().toList();
    }

    private boolean isEveOfHoliday(LocalDate date) {
        return LithuanianHolidays.isHoliday(date.plusDays(1));
    }

    private Stream<LocalDate> addedIn(int year, DayKind kind) {
        return addedDays.entrySet().stream().filter(e -> e.getKey().getYear() == year && e.getValue() == kind)
                .map(Map.Entry::getKey).sorted();
    }
}
