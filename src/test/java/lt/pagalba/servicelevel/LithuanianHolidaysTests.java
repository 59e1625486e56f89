package lt.pagalba.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public holidays of Darbo kodeksas art. 123, year by year. */
class LithuanianHolidaysTests {

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({
            "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20",
            "2026, 2026-04-05", "2027, 2027-03-28", "2030, 2030-04-21", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
        assertThat(PublicHoliday.easterSunday(year)).isEqualTo(easter);
        assertThat(LithuanianHolidays.isHoliday(easter)).isTrue();
        assertThat(LithuanianHolidays.isHoliday(easter.plusDays(1))).as("Easter Monday").isTrue();
        assertThat(LithuanianHolidays.isHoliday(easter.minusDays(2))).as("Good Friday is a working day").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2026-01-01, NEW_YEAR", "2026-02-16, STATE_RESTORATION", "2026-03-11, INDEPENDENCE_RESTORATION",
            "2026-05-01, LABOUR_DAY", "2026-06-24, MIDSUMMER", "2026-07-06, STATEHOOD", "2026-08-15, ASSUMPTION",
            "2026-11-01, ALL_SAINTS", "2026-11-02, ALL_SOULS", "2026-12-24, CHRISTMAS_EVE", "2026-12-25, CHRISTMAS",
            "2026-12-26, SECOND_DAY_OF_CHRISTMAS", "2026-05-03, MOTHERS_DAY", "2026-06-07, FATHERS_DAY",
            "2026-04-05, EASTER_SUNDAY", "2026-04-06, EASTER_MONDAY"})
    void everyHolidayOfTheLawFallsOnItsDay(LocalDate date, PublicHoliday holiday) {
        assertThat(LithuanianHolidays.of(2026)).contains(new LithuanianHolidays.Holiday(date, holiday));
    }

    @Test
    void twentyTwentySixHasSixteenHolidays() {
        assertThat(LithuanianHolidays.datesIn(2026)).containsExactly(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-16"), LocalDate.parse("2026-03-11"),
                LocalDate.parse("2026-04-05"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-05-03"), LocalDate.parse("2026-06-07"), LocalDate.parse("2026-06-24"),
                LocalDate.parse("2026-07-06"), LocalDate.parse("2026-08-15"), LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"),
                LocalDate.parse("2026-12-26"));
    }

    @ParameterizedTest(name = "24 December {0}: holiday {1}")
    @CsvSource({"2009, false", "2010, false", "2011, true", "2012, true", "2026, true"})
    void christmasEveIsAHolidayFrom2011(int year, boolean holiday) {
        assertThat(LithuanianHolidays.isHoliday(LocalDate.of(year, 12, 24))).isEqualTo(holiday);
    }

    @ParameterizedTest(name = "2 November {0}: holiday {1}")
    @CsvSource({"2018, false", "2019, false", "2020, true", "2021, true"})
    void allSoulsDayIsAHolidayFrom2020(int year, boolean holiday) {
        assertThat(LithuanianHolidays.isHoliday(LocalDate.of(year, 11, 2))).isEqualTo(holiday);
    }

    @Test
    void labourDayAndMothersDayCanShareADay() {
        LocalDate sunday = LocalDate.parse("2022-05-01");
        assertThat(LithuanianHolidays.of(2022)).filteredOn(h -> h.date().equals(sunday))
                .extracting(LithuanianHolidays.Holiday::name)
                .containsExactly(PublicHoliday.LABOUR_DAY, PublicHoliday.MOTHERS_DAY);
        assertThat(LithuanianHolidays.datesIn(2022)).hasSize(15);
    }

    @Test
    void statehoodDayIsOnTheListOfEveryYearTheCalendarKeeps() {
        for (int year = WorkingCalendar.FIRST_YEAR; year <= WorkingCalendar.LAST_YEAR; year++) {
            assertThat(LithuanianHolidays.isHoliday(LocalDate.of(year, 7, 6))).as("6 July " + year).isTrue();
        }
    }
}
