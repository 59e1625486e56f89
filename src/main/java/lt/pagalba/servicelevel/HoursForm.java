package lt.pagalba.servicelevel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;

/** The weekly hours on the calendar page: a start and an end for each day of the week, both empty for a day off. */
record HoursForm(@NotNull List<@Valid @NotNull Day> days) {

    /** A post without the rows, or with a row that could not be read at all, binds to the rows there are. */
    HoursForm {
        days = days == null ? List.of() : days.stream().filter(Objects::nonNull).toList();
    }

    private static final String TIME_OR_NOTHING = "(" + CalendarBody.TIME + ")?";

    record Day(@NotNull DayOfWeek day, @Pattern(regexp = TIME_OR_NOTHING) String opens,
               @Pattern(regexp = TIME_OR_NOTHING) String closes) {
    }

    static HoursForm of(WeeklyHours hours) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(hours.on(day).map(open -> new Day(day, open.opens().toString(), open.closes().toString()))
                    .orElse(new Day(day, "", "")));
        }
        return new HoursForm(days);
    }

    /** The hours, or every field that keeps them from being hours, named at once. */
    WeeklyHours toHours() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            Day row = days.get(i);
            boolean opens = row.opens() != null && !row.opens().isBlank();
            boolean closes = row.closes() != null && !row.closes().isBlank();
            String field = "days[" + i + "].";
            if (opens && closes) {
                LocalTime start = LocalTime.parse(row.opens());
                LocalTime end = LocalTime.parse(row.closes());
                if (start.isBefore(end)) {
                    hours.put(row.day(), new OpeningHours(start, end));
                } else {
                    problems.add(FieldProblem.invalid(field + "closes", "servicelevel.hours.order"));
                }
            } else if (opens || closes) {
                problems.add(FieldProblem.required(field + (opens ? "closes" : "opens")));
            }
        }
        if (hours.isEmpty() && problems.isEmpty()) {
            problems.add(FieldProblem.invalid("", "servicelevel.hours.none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new WeeklyHours(hours);
    }
}
