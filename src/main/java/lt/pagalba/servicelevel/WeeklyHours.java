package lt.pagalba.servicelevel;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The working hours of each day of the week; a day that is not in the map is not worked. At least
 * one day is worked, or the clock would never run.
 */
public record WeeklyHours(Map<DayOfWeek, OpeningHours> days) {

    private static final OpeningHours OFFICE_HOURS = new OpeningHours(LocalTime.of(8, 0), LocalTime.of(17, 0));

    public WeeklyHours {
        if (days == null || days.isEmpty() || days.containsValue(null)) {
            throw new IllegalArgumentException("At least one day of the week must have working hours");
        }
        days = Collections.unmodifiableMap(new EnumMap<>(days));
    }

    /** Monday to Friday, 08:00–17:00. */
    public static WeeklyHours standard() {
        Map<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                days.put(day, OFFICE_HOURS);
            }
        }
        return new WeeklyHours(days);
    }

    public Optional<OpeningHours> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    /**
     * A full working day: the longest of the week (the earliest of equally long ones). A target of
     * "one working day" lasts this long, and a working day an administrator adds has these hours.
     */
    public OpeningHours fullDay() {
        return days.values().stream().max(Comparator.comparingLong(OpeningHours::minutes)).orElseThrow();
    }
}
