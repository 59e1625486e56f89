package lt.pagalba.mail;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * How long a mail waits after a failed attempt: the first delay doubled after every further failure,
 * never more than the longest delay; after the last attempt the mail is given up (FAILED).
 */
@Component
record RetryPolicy(Duration firstDelay, Duration longestDelay, int maxAttempts) {

    RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || longestDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("pagalba.mail.outbox retry settings make no sense: " + firstDelay + ", "
                    + longestDelay + ", " + maxAttempts);
        }
    }

    @Autowired
    RetryPolicy(@Value("${pagalba.mail.outbox.retry-delay:30s}") String firstDelay,
                @Value("${pagalba.mail.outbox.max-retry-delay:1h}") String longestDelay,
                @Value("${pagalba.mail.outbox.max-attempts:12}") int maxAttempts) {
        this(DurationStyle.detectAndParse(firstDelay),
                DurationStyle.detectAndParse(longestDelay), maxAttempts);
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 || delay.isNegative() ? longestDelay : delay;
    }

    /** Whether a mail that has failed this many times is given up. */
    boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
