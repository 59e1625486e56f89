package lt.pagalba.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import lt.pagalba.shared.Vilnius;

/**
 * Counts working time on a {@link WorkingCalendar}: real elapsed minutes inside the day's working
 * hours, in Vilnius, so the night of a change to or from summer time is one hour shorter or longer
 * only if it is worked. Pauses stop the clock.
 */
public final class WorkingClock {

    /** How far ahead the clock looks for working time before it gives up (a calendar with no working day left). */
    private static final int MAX_DAYS = 100 * 366;

    /** A day without working hours in {@link #openOn}. */
    private static final Span CLOSED = new Span(Instant.EPOCH, Instant.EPOCH);

    private final WorkingCalendar calendar;
    /**
     * Each day's working hours as instants, reckoned once per clock (holidays, eves, summer time): a report
     * walks the same few hundred days for a hundred thousand requests. A clock serves one thread, one batch.
     */
    private final Map<LocalDate, Span> openOn = new HashMap<>();

    public WorkingClock(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public OffsetDateTime dueAfter(OffsetDateTime start, long workingMinutes) {
        return dueAfter(start, workingMinutes, List.of());
    }

    /**
     * The moment the given working minutes have passed since {@code start}. A start outside working
     * hours counts from the next opening; a span that ends exactly at closing time is due then, not
     * at the next opening.
     */
    public OffsetDateTime dueAfter(OffsetDateTime start, long workingMinutes, List<Pause> pauses) {
        if (workingMinutes < 0) {
            throw new IllegalArgumentException("Working minutes cannot be negative: " + workingMinutes);
        }
        long[] secondsLeft = {workingMinutes * 60};
        Instant[] due = new Instant[1];
        walk(start.toInstant(), null, pauses, span -> {
            long length = span.seconds();
            if (secondsLeft[0] <= length) {
                due[0] = span.from().plusSeconds(secondsLeft[0]);
                return false;
            }
            secondsLeft[0] -= length;
            return true;
        });
        return due[0].atZone(Vilnius.ZONE).toOffsetDateTime();
    }

    public long workingMinutesBetween(OffsetDateTime from, OffsetDateTime to) {
        return workingMinutesBetween(from, to, List.of());
    }

    /**
     * Whole working minutes from {@code from} (included) to {@code to} (excluded) outside the pauses;
     * none when {@code to} is not after {@code from}.
     */
    public long workingMinutesBetween(OffsetDateTime from, OffsetDateTime to, List<Pause> pauses) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long[] seconds = {0};
        walk(from.toInstant(), to.toInstant(), pauses, span -> {
            seconds[0] += span.seconds();
            return true;
        });
        return seconds[0] / 60;
    }

    /**
     * Hands the visitor each stretch of working, unpaused time from {@code from} on, in order, until
     * it returns false or {@code until} (null: no end) is reached.
     */
    private void walk(Instant from, Instant until, List<Pause> pauses, Predicate<Span> visitor) {
        List<Span> stops = merged(pauses);
        LocalDate day = from.atZone(Vilnius.ZONE).toLocalDate();
        LocalDate last = until == null ? day.plusDays(MAX_DAYS) : until.atZone(Vilnius.ZONE).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            Span hours = openOn(day);
            if (hours == CLOSED) {
                continue;
            }
            Span open = hours.within(from, until);
            for (Span piece : open.without(stops)) {
                if (!visitor.test(piece)) {
                    return;
                }
            }
        }
        if (until == null) {
            throw new IllegalStateException("No working time within " + MAX_DAYS + " days after " + from);
        }
    }

    private Span openOn(LocalDate day) {
        Span open = openOn.get(day);
        if (open == null) {
            open = calendar.hoursOn(day).map(hours -> new Span(ZonedDateTime.of(day, hours.opens(), Vilnius.ZONE).toInstant(),
                    ZonedDateTime.of(day, hours.closes(), Vilnius.ZONE).toInstant())).orElse(CLOSED);
            openOn.put(day, open);
        }
        return open;
    }

    private static List<Span> merged(List<Pause> pauses) {
        List<Span> sorted = pauses.stream().map(p -> new Span(p.from().toInstant(), p.to().toInstant()))
                .filter(s -> s.seconds() > 0).sorted(Comparator.comparing(Span::from)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !span.from().isAfter(previous.to())) {
                merged.set(merged.size() - 1, new Span(previous.from(), max(previous.to(), span.to())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A stretch of the time line, its start included and its end not; empty when the end is not after the start. */
    private record Span(Instant from, Instant to) {

        long seconds() {
            return Math.max(0, Duration.between(from, to).getSeconds());
        }

        Span within(Instant start, Instant end) {
            Instant a = max(from, start);
            Instant b = end == null || to.isBefore(end) ? to : end;
            return new Span(a, b);
        }

        /** The parts of this span that no stop covers, in order; the stops are sorted and apart. */
        List<Span> without(List<Span> stops) {
            if (stops.isEmpty()) {
                return to.isAfter(from) ? List.of(this) : List.of();
            }
            List<Span> pieces = new ArrayList<>();
            Instant cursor = from;
            for (Span stop : stops) {
                if (!stop.to().isAfter(cursor) || !stop.from().isBefore(to)) {
                    continue;
                }
                if (stop.from().isAfter(cursor)) {
                    pieces.add(new Span(cursor, stop.from()));
                }
                cursor = max(cursor, stop.to());
            }
            if (to.isAfter(cursor)) {
                pieces.add(new Span(cursor, to));
            }
            return pieces;
        }
    }
}
