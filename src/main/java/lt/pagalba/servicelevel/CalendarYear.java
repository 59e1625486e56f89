package lt.pagalba.servicelevel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/working-calendar}: the year's days off (public holidays and added days off, less
 * added working days), the hours of every day of the week ({@code null} when not worked), and, added
 * to API.md's fields, the year's added working days and the days shortened before a holiday.
 */
record CalendarYear(int year, List<LocalDate> holidays, Map<DayOfWeek, List<String>> hours, List<LocalDate> workingDays,
                    List<LocalDate> shortenedDays) {

    static CalendarYear of(WorkingCalendar calendar, int year) {
        Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, calendar.hours().on(day).map(CalendarYear::times).orElse(null));
        }
        return new CalendarYear(year, calendar.holidays(year), hours, calendar.addedWorkingDays(year),
                calendar.shortenedDays(year));
    }

    private static List<String> times(OpeningHours open) {
        List<String> times = new ArrayList<>(2);
        times.add(open.opens().toString());
        times.add(open.closes().toString());
        return times;
    }
}
