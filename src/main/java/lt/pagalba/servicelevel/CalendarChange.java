package lt.pagalba.servicelevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole year of the calendar as an administrator sends it: the weekly hours, the year's days off
 * (public holidays may be listed or not: the law keeps them) and, if given, the year's added working
 * days (when not given, the ones there are stay).
 */
record CalendarChange(int year, WeeklyHours hours, List<LocalDate> holidays, Optional<List<LocalDate>> workingDays) {

    CalendarChange {
        Objects.requireNonNull(hours, "hours");
        holidays = List.copyOf(holidays);
        workingDays = workingDays.map(List::copyOf);
    }

    /** The days off the law does not give, which are what the calendar stores. */
    List<LocalDate> addedHolidays() {
        return holidays.stream().filter(day -> !LithuanianHolidays.isHoliday(day)).distinct().sorted().toList();
    }
}
