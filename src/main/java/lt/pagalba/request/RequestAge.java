package lt.pagalba.request;

import java.time.Duration;
import java.time.OffsetDateTime;

/** How long ago a request was received, as the dashboard shows it: days and hours, or hours and minutes. */
record RequestAge(long days, long hours, long minutes) {

    static RequestAge between(OffsetDateTime received, OffsetDateTime now) {
        long total = Math.max(0, Duration.between(received, now).toMinutes());
        return new RequestAge(total / (24 * 60), total / 60 % 24, total % 60);
    }
}
