package lt.pagalba.servicelevel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;

/**
 * {@code PUT /api/v1/working-calendar}: the body {@code GET} answers. A day of the week without
 * work is {@code null} or left out of {@code hours}; {@code workingDays} (the year's added working
 * days) may be left out to keep the ones there are.
 */
record CalendarBody(
        @NotNull @Min(WorkingCalendar.FIRST_YEAR) @Max(WorkingCalendar.LAST_YEAR) Integer year,
        @NotNull @Size(max = MAX_DAYS) List<@NotNull LocalDate> holidays,
        @NotNull Map<@NotNull DayOfWeek, @Size(min = 2, max = 2) List<@NotNull @Pattern(regexp = TIME) String>> hours,
        @Size(max = MAX_DAYS) List<@NotNull LocalDate> workingDays) {

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    static final int MAX_DAYS = 100;

    /** Checks what the annotations cannot (the hours in order, the days in the year) and names every bad field. */
    CalendarChange toChange() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, times) -> {
            if (times != null) {
                LocalTime opens = LocalTime.parse(times.get(0));
                LocalTime closes = LocalTime.parse(times.get(1));
                if (opens.isBefore(closes)) {
                    days.put(day, new OpeningHours(opens, closes));
                } else {
                    problems.add(FieldProblem.invalid("hours[" + day + "]", "servicelevel.hours.order"));
                }
            }
        });
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add(FieldProblem.invalid("hours", "servicelevel.hours.none"));
        }
        checkYear("holidays", holidays, problems);
        if (workingDays != null) {
            checkYear("workingDays", workingDays, problems);
            Set<LocalDate> off = new HashSet<>(holidays);
            for (int i = 0; i < workingDays.size(); i++) {
                if (off.contains(workingDays.get(i))) {
                    problems.add(FieldProblem.invalid("workingDays[" + i + "]", "servicelevel.day.both"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CalendarChange(year, new WeeklyHours(days), holidays, Optional.ofNullable(workingDays));
    }

    private void checkYear(String field, List<LocalDate> dates, List<FieldProblem> problems) {
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).getYear() != year) {
                problems.add(FieldProblem.invalid(field + "[" + i + "]", "servicelevel.day.otherYear", year));
            }
        }
    }
}
