package lt.pagalba.servicelevel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored part of the working calendar: the weekly hours and the days an administrator added. */
@Repository
class WorkingCalendars {

    private final JdbcClient jdbc;

    WorkingCalendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The calendar's epoch (V79): it changes with every change of the hours or the added days. */
    long epoch() {
        return jdbc.sql("SELECT epoch FROM service_level_epoch").query(Long.class).single();
    }

    WorkingCalendar load() {
        Map<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("SELECT day_of_week, opens, closes FROM working_hours").query(rs -> {
            days.put(DayOfWeek.of(rs.getInt(1)), new OpeningHours(rs.getObject(2, LocalTime.class),
                    rs.getObject(3, LocalTime.class)));
        });
        Map<LocalDate, DayKind> added = new HashMap<>();
        jdbc.sql("SELECT day, kind FROM calendar_day").query(rs -> {
            added.put(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)));
        });
        return new WorkingCalendar(new WeeklyHours(days), added);
    }

    /** Upserts rather than deleting and inserting, so two administrators saving at once do not collide. */
    void saveHours(WeeklyHours hours) {
        List<Integer> worked = hours.days().keySet().stream().map(DayOfWeek::getValue).toList();
        jdbc.sql("DELETE FROM working_hours WHERE day_of_week <> ALL(CAST(:days AS int[]))")
                .param("days", worked.toArray(Integer[]::new)).update();
        hours.days().forEach((day, open) -> jdbc.sql("""
                        INSERT INTO working_hours (day_of_week, opens, closes) VALUES (:day, :opens, :closes)
                        ON CONFLICT (day_of_week) DO UPDATE SET opens = EXCLUDED.opens, closes = EXCLUDED.closes
                        """)
                .param("day", day.getValue()).param("opens", open.opens()).param("closes", open.closes()).update());
    }

    /** Makes the year's added days exactly these. */
    void replaceYear(int year, Map<LocalDate, DayKind> days) {
        jdbc.sql("DELETE FROM calendar_day WHERE day BETWEEN :first AND :last AND day <> ALL(CAST(:kept AS date[]))")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .param("kept", days.keySet().stream().map(LocalDate::toString).toArray(String[]::new)).update();
        days.forEach(this::saveDay);
    }

    void saveDay(LocalDate day, DayKind kind) {
        jdbc.sql("""
                        INSERT INTO calendar_day (day, kind) VALUES (:day, :kind)
                        ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind
                        """)
                .param("day", day).param("kind", kind.name()).update();
    }

    boolean removeDay(LocalDate day) {
        return jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", day).update() > 0;
    }
}
