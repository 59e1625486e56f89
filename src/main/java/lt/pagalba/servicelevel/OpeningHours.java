package lt.pagalba.servicelevel;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** When work starts and ends on a day, Vilnius time; work ends before midnight. */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Work must end after it starts: " + opens + "–" + closes);
        }
    }

    public static OpeningHours of(String opens, String closes) {
        return new OpeningHours(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    /** The length on the wall clock (a change to or from summer time is the calendar's business). */
    public long minutes() {
        return Duration.between(opens, closes).toMinutes();
    }

    /** The same day ending the given minutes earlier, or nothing when no work is left. */
    Optional<OpeningHours> endingEarlier(long minutes) {
        LocalTime end = closes.minusMinutes(minutes);
        return end.isAfter(opens) && end.isBefore(closes) ? Optional.of(new OpeningHours(opens, end)) : Optional.empty();
    }
}
