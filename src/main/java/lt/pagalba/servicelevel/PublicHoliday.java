package lt.pagalba.servicelevel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The public holidays of the Labour Code (Darbo kodeksas, art. 123 part 1), each with the rule that
 * gives its date in a year. Two days were added to the list later, and a year before that has not
 * got them: Christmas Eve in force from 2011 (adopted by the Seimas in December 2010), All Souls' Day
 * from 2020 (adopted in 2019). Every other day was already on the list of 2009, the first year the
 * calendar offers.
 */
enum PublicHoliday {
    NEW_YEAR(Month.JANUARY, 1),
    STATE_RESTORATION(Month.FEBRUARY, 16),
    INDEPENDENCE_RESTORATION(Month.MARCH, 11),
    EASTER_SUNDAY(PublicHoliday::easterSunday),
    EASTER_MONDAY(year -> easterSunday(year).plusDays(1)),
    LABOUR_DAY(Month.MAY, 1),
    MOTHERS_DAY(year -> firstSunday(year, Month.MAY)),
    FATHERS_DAY(year -> firstSunday(year, Month.JUNE)),
    MIDSUMMER(Month.JUNE, 24),
    STATEHOOD(Month.JULY, 6),
    ASSUMPTION(Month.AUGUST, 15),
    ALL_SAINTS(Month.NOVEMBER, 1),
    ALL_SOULS(2020, Month.NOVEMBER, 2),
    CHRISTMAS_EVE(2011, Month.DECEMBER, 24),
    CHRISTMAS(Month.DECEMBER, 25),
    SECOND_DAY_OF_CHRISTMAS(Month.DECEMBER, 26);

    private final int since;
    private final IntFunction<LocalDate> rule;

    PublicHoliday(IntFunction<LocalDate> rule) {
        this.since = Integer.MIN_VALUE;
        this.rule = rule;
    }

    PublicHoliday(Month month, int day) {
        this(Integer.MIN_VALUE, month, day);
    }

    PublicHoliday(int since, Month month, int day) {
        this.since = since;
        this.rule = year -> LocalDate.of(year, month, day);
    }

    /** Its date in the year, or nothing before the law made it a holiday. */
    Optional<LocalDate> in(int year) {
        return year < since ? Optional.empty() : Optional.of(rule.apply(year));
    }

    /**
     * Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), exact for
     * every Gregorian year.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    private static LocalDate firstSunday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
    }
}
