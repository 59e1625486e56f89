package lt.pagalba.servicelevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the calendar page shows of a year: its days off with their names, the added working days, the short days. */
record CalendarPage(int year, List<DayOff> holidays, List<LocalDate> workingDays, List<LocalDate> shortenedDays,
                    Integer previousYear, Integer nextYear) {

    /**
     * A day off: the message keys of its holiday names (two holidays can share a day), none for a
     * day an administrator added, which can be taken away again.
     */
    record DayOff(LocalDate date, List<String> names, boolean added) {
    }

    static CalendarPage of(WorkingCalendar calendar, int year) {
        Map<LocalDate, List<String>> names = new LinkedHashMap<>();
        for (LithuanianHolidays.Holiday holiday : LithuanianHolidays.of(year)) {
            names.computeIfAbsent(holiday.date(), d -> new ArrayList<>()).add("servicelevel.holiday." + holiday.name());
        }
        List<DayOff> days = calendar.holidays(year).stream()
                .map(day -> new DayOff(day, names.getOrDefault(day, List.of()), !names.containsKey(day))).toList();
        return new CalendarPage(year, days, calendar.addedWorkingDays(year), calendar.shortenedDays(year),
                year > WorkingCalendar.FIRST_YEAR ? year - 1 : null, year < WorkingCalendar.LAST_YEAR ? year + 1 : null);
    }
}
