package lt.pagalba.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The outbox's back-off: 30 s doubled after each failure, at most an hour, given up after 12 attempts. */
class RetryPolicyTests {

    private final RetryPolicy policy = new RetryPolicy("30s", "1h", 12);

    @ParameterizedTest(name = "after {0} failed attempts wait {1} s")
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "7, 1920", "8, 3600", "11, 3600", "40, 3600"})
    void theWaitDoublesUpToTheLongest(int failedAttempts, long seconds) {
        assertThat(policy.delayAfter(failedAttempts)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0} failed attempts: given up {1}")
    @CsvSource({"1, false", "11, false", "12, true", "13, true"})
    void aMailIsGivenUpAfterTheLastAttempt(int failedAttempts, boolean givenUp) {
        assertThat(policy.givesUpAfter(failedAttempts)).isEqualTo(givenUp);
    }

    @Test
    void settingsThatMakeNoSenseAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new RetryPolicy("0s", "1h", 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy("1h", "30s", 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy("30s", "1h", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
