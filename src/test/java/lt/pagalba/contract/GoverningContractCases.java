package lt.pagalba.contract;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Which contract governs a period (its length, included time and rates): one table for the rule in
 * Java ({@link Contract#governing}) and in SQL ({@code contract_governing}). Contracts are written
 * {@code number from..to} (no end: open-ended), separated by {@code ;}; {@code -} is none.
 */
final class GoverningContractCases {

    private GoverningContractCases() {
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", "2026-10", "-"),
                Arguments.of("A 2026-01-01..", "2026-10", "A"),
                Arguments.of("A 2026-01-01..2026-10-15", "2026-10", "A"),          // ends mid-period: governs all of it
                Arguments.of("A 2026-10-16..", "2026-10", "A"),                    // starts mid-period: governs all of it
                Arguments.of("A 2026-01-01..2026-10-15; B 2026-10-16..", "2026-10", "B"), // the latest to start
                Arguments.of("A 2026-01-01..2026-09-30; B 2026-10-01..", "2026-10", "B"),
                Arguments.of("A 2026-01-01..2026-09-30", "2026-10", "-"),          // ended before
                Arguments.of("A 2026-11-01..", "2026-10", "-"),                    // starts after
                Arguments.of("A 2026-10-31..", "2026-10", "A"),                    // valid on the last day only
                Arguments.of("A 2026-01-01..2026-10-01", "2026-10", "A"),          // valid on the first day only
                Arguments.of("A 2026-01-01..2026-10-31; B 2026-11-01..", "2026-Q4", "B"),
                Arguments.of("A 2026-01-01..2026-10-31; B 2026-11-01..2026-11-30", "2026-Q4", "B"),
                Arguments.of("A 2026-01-01..2026-10-31", "2026-Q4", "A"),
                Arguments.of("A 2025-01-01..2025-12-31; B 2027-01-01..", "2026-Q4", "-"));
    }

    /** One contract of a case: its number and validity. */
    record Validity(String number, String from, String to) {

        static List<Validity> parse(String contracts) {
            return Arrays.stream(contracts.split(";")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
                String[] numberAndDays = s.split(" ");
                String[] days = numberAndDays[1].split("\\.\\.", -1);
                return new Validity(numberAndDays[0], days[0], days[1].isEmpty() ? null : days[1]);
            }).toList();
        }
    }
}
