package lt.pagalba.servicelevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The Lithuanian public holidays of a year, computed by the rules of {@link PublicHoliday}. */
final class LithuanianHolidays {

    /** The clock asks about every day it walks through (and the day after): a year's days are worked out once. */
    private static final Map<Integer, Set<LocalDate>> DATES = new ConcurrentHashMap<>();

    private LithuanianHolidays() {
    }

    /** One holiday on its date; two can share a date (Labour Day and Mother's Day on Sunday 1 May). */
    record Holiday(LocalDate date, PublicHoliday name) {
    }

    static List<Holiday> of(int year) {
        List<Holiday> holidays = new ArrayList<>();
        for (PublicHoliday holiday : PublicHoliday.values()) {
            holiday.in(year).ifPresent(date -> holidays.add(new Holiday(date, holiday)));
        }
        holidays.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
        return List.copyOf(holidays);
    }

    static Set<LocalDate> datesIn(int year) {
        return DATES.computeIfAbsent(year, y -> Collections.unmodifiableSortedSet(of(y).stream()
                .map(Holiday::date).collect(Collectors.toCollection(TreeSet::new))));
    }

    static boolean isHoliday(LocalDate date) {
        return datesIn(date.getYear()).contains(date);
    }
}
