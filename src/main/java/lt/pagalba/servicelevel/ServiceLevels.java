package lt.pagalba.servicelevel;

import java.util.ArrayList;
import java.util.List;

/**
 * API.md's service-level report: how many requests received in a period kept or missed their first
 * contact and resolution targets, and the median working time they took.
 */
public record ServiceLevels(Outcome firstContact, Outcome resolution) {

    /**
     * Requests that kept the target, requests that missed it (also those still waiting past it), and
     * the median of the working minutes the done ones took (null when none is done).
     */
    public record Outcome(long met, long missed, Long medianMinutes) {
    }

    /** Counts one target over many requests; one not yet due and not yet done counts nowhere. */
    static final class Tally {
        private long met;
        private long missed;
        private final List<Long> minutes = new ArrayList<>();

        void done(boolean kept, long workingMinutes) {
            if (kept) {
                met++;
            } else {
                missed++;
            }
            minutes.add(workingMinutes);
        }

        void overdue() {
            missed++;
        }

        Outcome outcome() {
            return new Outcome(met, missed, median(minutes));
        }

        /** The middle value; of an even count, the mean of the two middle ones rounded half up. */
        static Long median(List<Long> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Long> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle)
                    : Math.floorDiv(sorted.get(middle - 1) + sorted.get(middle) + 1, 2);
        }
    }
}
