package lt.pagalba.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-time arithmetic on the default calendar (Monday–Friday 08:00–17:00, Vilnius) and on changed ones. */
class WorkingClockTests {

    private final WorkingClock clock = new WorkingClock(WorkingCalendar.standard());

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-14T10:00+02:00 | 30   | 2026-01-14T10:30+02:00 | inside the day",
            "2026-01-14T16:30+02:00 | 30   | 2026-01-14T17:00+02:00 | ending at closing time is due then",
            "2026-01-14T16:45+02:00 | 30   | 2026-01-15T08:15+02:00 | across the night",
            "2026-01-14T06:00+02:00 | 30   | 2026-01-14T08:30+02:00 | before opening counts from the opening",
            "2026-01-14T19:00+02:00 | 30   | 2026-01-15T08:30+02:00 | after closing counts from the next opening",
            "2026-01-16T16:50+02:00 | 30   | 2026-01-19T08:20+02:00 | across the weekend",
            "2026-01-17T12:00+02:00 | 30   | 2026-01-19T08:30+02:00 | received on Saturday",
            "2026-01-14T15:00Z      | 30   | 2026-01-15T08:30+02:00 | a UTC start is a Vilnius time",
            "2026-04-03T16:30+03:00 | 60   | 2026-04-07T08:30+03:00 | across Easter Monday",
            "2026-03-10T15:30+02:00 | 60   | 2026-03-12T08:30+02:00 | the eve of 11 March ends at 16:00, 11 March is off",
            "2026-12-23T15:30+02:00 | 60   | 2026-12-28T08:30+02:00 | the eve of Christmas Eve is short, then three holidays and a Sunday",
            "2010-12-23T16:30+02:00 | 60   | 2010-12-24T08:30+02:00 | in 2010 Christmas Eve was a working day (shortened: the eve of Christmas)",
            "2010-12-24T15:30+02:00 | 60   | 2010-12-27T08:30+02:00 | 24 December 2010 ended at 16:00",
            "2015-10-30T16:30+02:00 | 60   | 2015-11-02T08:30+02:00 | before 2020, 2 November was a working day",
            "2020-10-30T16:30+02:00 | 60   | 2020-11-03T08:30+02:00 | from 2020, 2 November is off",
            "2019-10-31T15:30+02:00 | 60   | 2019-11-04T08:30+02:00 | the eve of All Saints Day ends at 16:00",
            "2026-03-27T16:50+02:00 | 30   | 2026-03-30T08:20+03:00 | across the change to summer time",
            "2026-10-23T16:50+03:00 | 30   | 2026-10-26T08:20+02:00 | across the change to winter time",
            "2026-01-13T10:00+02:00 | 540  | 2026-01-14T10:00+02:00 | a full working day is the same time the next day",
            "2026-01-12T10:00+02:00 | 2700 | 2026-01-19T10:00+02:00 | five full working days are the same time a week later",
            "2026-01-14T10:00+02:00 | 0    | 2026-01-14T10:00+02:00 | no time at all is due at once",
            "2026-01-17T10:00+02:00 | 0    | 2026-01-19T08:00+02:00 | no time at all on a day off is due at the next opening"})
    void dueAfter(OffsetDateTime start, long minutes, OffsetDateTime due, String why) {
        assertThat(clock.dueAfter(start, minutes)).isEqualTo(due);
        assertThat(clock.dueAfter(start, minutes).getOffset()).isEqualTo(due.getOffset());
        assertThat(clock.workingMinutesBetween(start, due)).as("back again").isEqualTo(minutes);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-12T08:00+02:00 | 2026-01-12T17:00+02:00 | 540  | a whole day",
            "2026-01-12T00:00+02:00 | 2026-01-19T00:00+02:00 | 2700 | a whole week",
            "2026-01-16T16:00+02:00 | 2026-01-19T09:00+02:00 | 120  | over a weekend",
            "2026-03-09T00:00+02:00 | 2026-03-13T00:00+02:00 | 1560 | a week with 11 March and its short eve",
            "2026-12-21T00:00+02:00 | 2027-01-04T00:00+02:00 | 3660 | Christmas to New Year: seven working days, two of them short",
            "2026-01-12T12:00+02:00 | 2026-01-12T11:00+02:00 | 0    | backwards is nothing",
            "2026-01-12T10:00:30+02:00 | 2026-01-12T10:01:29+02:00 | 0 | under a minute is no whole minute"})
    void workingMinutesBetween(OffsetDateTime from, OffsetDateTime to, long minutes, String why) {
        assertThat(clock.workingMinutesBetween(from, to)).isEqualTo(minutes);
    }

    @Test
    void aPauseStopsTheClock() {
        OffsetDateTime start = at("2026-01-12T10:00+02:00");
        List<Pause> waiting = List.of(pause("2026-01-12T10:30+02:00", "2026-01-12T11:00+02:00"));
        assertThat(clock.dueAfter(start, 60, waiting)).isEqualTo(at("2026-01-12T11:30+02:00"));
        assertThat(clock.workingMinutesBetween(start, at("2026-01-12T12:00+02:00"), waiting)).isEqualTo(90);
    }

    @Test
    void overlappingPausesCountOnceAndInAnyOrder() {
        List<Pause> waiting = List.of(pause("2026-01-12T10:45+02:00", "2026-01-12T11:15+02:00"),
                pause("2026-01-12T10:30+02:00", "2026-01-12T11:00+02:00"));
        assertThat(clock.dueAfter(at("2026-01-12T10:00+02:00"), 60, waiting)).isEqualTo(at("2026-01-12T11:45+02:00"));
    }

    @Test
    void aPauseOutsideWorkingHoursChangesNothing() {
        List<Pause> overNight = List.of(pause("2026-01-12T18:00+02:00", "2026-01-13T07:00+02:00"));
        assertThat(clock.dueAfter(at("2026-01-12T16:30+02:00"), 60, overNight)).isEqualTo(at("2026-01-13T08:30+02:00"));
    }

    @Test
    void aPauseThatBeganBeforeTheStartHoldsTheClockUntilItEnds() {
        List<Pause> waiting = List.of(pause("2026-01-12T09:00+02:00", "2026-01-12T12:00+02:00"));
        assertThat(clock.dueAfter(at("2026-01-12T10:00+02:00"), 30, waiting)).isEqualTo(at("2026-01-12T12:30+02:00"));
    }

    @Test
    void aPauseOverDaysPushesTheDueTimeByTheWorkingTimeItCovered() {
        // waiting for the client from Tuesday noon to Wednesday noon: 540 working minutes
        List<Pause> waiting = List.of(pause("2026-01-13T12:00+02:00", "2026-01-14T12:00+02:00"));
        assertThat(clock.dueAfter(at("2026-01-12T10:00+02:00"), 2700, waiting)).isEqualTo(at("2026-01-20T10:00+02:00"));
    }

    @Test
    void anAddedDayOffIsSkippedAndAnAddedWorkingDayCounts() {
        Map<LocalDate, DayKind> days = Map.of(LocalDate.parse("2026-01-14"), DayKind.HOLIDAY,
                LocalDate.parse("2026-01-17"), DayKind.WORKING_DAY);
        WorkingClock changed = new WorkingClock(new WorkingCalendar(WeeklyHours.standard(), days));
        assertThat(changed.dueAfter(at("2026-01-13T16:45+02:00"), 30)).isEqualTo(at("2026-01-15T08:15+02:00"));
        assertThat(changed.dueAfter(at("2026-01-16T16:45+02:00"), 30)).as("Saturday worked 08:00–17:00")
                .isEqualTo(at("2026-01-17T08:15+02:00"));
    }

    @Test
    void aPublicHolidayMadeAWorkingDayIsWorked() {
        WorkingClock changed = new WorkingClock(new WorkingCalendar(WeeklyHours.standard(),
                Map.of(LocalDate.parse("2026-03-11"), DayKind.WORKING_DAY)));
        // 10 March is still the eve of a public holiday: it ends at 16:00
        assertThat(changed.dueAfter(at("2026-03-10T15:30+02:00"), 60)).isEqualTo(at("2026-03-11T08:30+02:00"));
    }

    @Test
    void theClockRunsOnRealMinutesWhenSummerTimeBeginsOrEndsDuringWork() {
        Map<DayOfWeek, OpeningHours> sundayNight = new EnumMap<>(DayOfWeek.class);
        sundayNight.put(DayOfWeek.SUNDAY, OpeningHours.of("02:00", "05:00"));
        WorkingClock night = new WorkingClock(new WorkingCalendar(new WeeklyHours(sundayNight), Map.of()));
        // 29 March 2026 has no 03:00–04:00; 25 October 2026 has it twice
        assertThat(night.workingMinutesBetween(at("2026-03-29T00:00+02:00"), at("2026-03-29T06:00+03:00"))).isEqualTo(120);
        assertThat(night.workingMinutesBetween(at("2026-10-25T00:00+03:00"), at("2026-10-25T06:00+02:00"))).isEqualTo(240);
        assertThat(night.dueAfter(at("2026-03-29T01:00+02:00"), 90)).isEqualTo(at("2026-03-29T04:30+03:00"));
    }

    @Test
    void theCalendarListsTheDaysShortenedBeforeHolidays() {
        assertThat(WorkingCalendar.standard().shortenedDays(2026)).extracting(LocalDate::toString).containsExactly(
                "2026-03-10", "2026-04-30", "2026-06-23", "2026-08-14", "2026-12-23", "2026-12-31");
        assertThat(WorkingCalendar.standard().hoursOn(LocalDate.parse("2026-12-31")))
                .contains(OpeningHours.of("08:00", "16:00"));
    }

    @Test
    void negativeTimeIsRefused() {
        assertThatThrownBy(() -> clock.dueAfter(at("2026-01-12T10:00+02:00"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pause("2026-01-12T11:00+02:00", "2026-01-12T10:00+02:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }

    private static Pause pause(String from, String to) {
        return new Pause(at(from), at(to));
    }
}
