package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month ({@code 2026-10}) or quarter ({@code 2026-Q4}): the unit of contract periods
 * (B3) and billing runs (B6). Written as text in the API; years 1900 to 9999, as dates in bodies
 * ({@code 0000-01} names no period anyone bills or reports on).
 */
public record Period(YearMonth first, PeriodLength length) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int FIRST_YEAR = 1900;

    public Period {
        if (first == null || length == null) {
            throw new IllegalArgumentException("A period needs its first month and its length");
        }
        if (first.getYear() < FIRST_YEAR || first.getYear() > 9999) {
            throw new IllegalArgumentException("A period lies in the years " + FIRST_YEAR + " to 9999: " + first);
        }
        if (length == PeriodLength.QUARTER && (first.getMonthValue() - 1) % 3 != 0) {
            throw new IllegalArgumentException("A quarter starts in January, April, July or October: " + first);
        }
    }

    /** {@code 2026-10} or {@code 2026-Q4}. */
    @JsonCreator
    public static Period parse(String text) {
        if (text != null) {
            Matcher month = MONTH.matcher(text.trim());
            if (month.matches()) {
                int m = Integer.parseInt(month.group(2));
                if (m >= 1 && m <= 12) {
                    return new Period(YearMonth.of(Integer.parseInt(month.group(1)), m), PeriodLength.MONTH);
                }
            }
            Matcher quarter = QUARTER.matcher(text.trim().toUpperCase(Locale.ROOT));
            if (quarter.matches()) {
                return new Period(YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1),
                        PeriodLength.QUARTER);
            }
        }
        throw new IllegalArgumentException("A period is written 2026-10 or 2026-Q4: " + text);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The month or quarter a day falls in. */
    public static Period of(LocalDate day, PeriodLength length) {
        YearMonth month = YearMonth.from(day);
        return length == PeriodLength.MONTH ? new Period(month, length)
                : new Period(YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1), length);
    }

    public static Period month(YearMonth month) {
        return new Period(month, PeriodLength.MONTH);
    }

    public LocalDate from() {
        return first.atDay(1);
    }

    public LocalDate to() {
        return last().atEndOfMonth();
    }

    public YearMonth last() {
        return length == PeriodLength.MONTH ? first : first.plusMonths(2);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    public Period previous() {
        return new Period(first.minusMonths(length == PeriodLength.MONTH ? 1 : 3), length);
    }

    public Period next() {
        return new Period(first.plusMonths(length == PeriodLength.MONTH ? 1 : 3), length);
    }

    public int quarter() {
        return (first.getMonthValue() - 1) / 3 + 1;
    }

    @JsonValue
    public String text() {
        return length == PeriodLength.MONTH ? first.toString() : first.getYear() + "-Q" + quarter();
    }

    @Override
    public int compareTo(Period other) {
        int byStart = first.compareTo(other.first);
        return byStart != 0 ? byStart : length.compareTo(other.length);
    }

    @Override
    public String toString() {
        return text();
    }
}
