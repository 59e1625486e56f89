package lt.pagalba.servicelevel;

/**
 * A stretch of working time a target allows: minutes, or whole working days. A working day is as
 * long as the calendar's full day ({@link WeeklyHours#fullDay()}, 9 hours with 08:00–17:00), so one
 * working day from Tuesday 10:00 is due on Wednesday at 10:00, the same time on the next working day,
 * and an hour later when it crosses a day shortened before a holiday.
 */
public record WorkingSpan(long minutes, int days) {

    public WorkingSpan {
        if (minutes < 0 || days < 0 || (minutes > 0 && days > 0)) {
            throw new IllegalArgumentException("A span is minutes or days, not negative: " + minutes + " min, " + days + " d");
        }
    }

    public static WorkingSpan ofMinutes(long minutes) {
        return new WorkingSpan(minutes, 0);
    }

    public static WorkingSpan ofDays(int days) {
        return new WorkingSpan(0, days);
    }

    /** Its working minutes on the calendar. */
    public long minutesOn(WorkingCalendar calendar) {
        return days == 0 ? minutes : days * calendar.hours().fullDay().minutes();
    }
}
