package lt.pagalba.servicelevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * API.md's service-level report: how many requests received in a period kept or missed their first
 * contact and resolution targets, and the median working time they took; beside them the same by the
 * consultant who leads each request and by client (issue 17), with the share kept and the 90th percentile.
 */
public record ServiceLevels(Outcome firstContact, Outcome resolution, List<Breakdown> byConsultant, List<Breakdown> byClient) {

    /**
     * Requests that kept the target, requests that missed it (also those still waiting past it), and
     * the median and 90th percentile of the working minutes the done ones took (null when none is done);
     * the share kept in percent to one decimal (null when none counts yet).
     */
    public record Outcome(long met, long missed, Long medianMinutes, BigDecimal metPercent, Long p90Minutes) {
    }

    /**
     * One consultant's (by username; key null for requests nobody leads) or one client's (by id; null
     * for requests of no confirmed client) requests of the period.
     */
    public record Breakdown(String key, String name, Outcome firstContact, Outcome resolution) {
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
            List<Long> sorted = minutes.stream().sorted().toList();
            return outcome(met, missed, median(sorted), p90(sorted));
        }

        /** An outcome of counts already made (by PostgreSQL over the stored outcomes, say): the share is reckoned here. */
        static Outcome outcome(long met, long missed, Long median, Long p90) {
            BigDecimal share = met + missed == 0 ? null
                    : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(met + missed), 1, RoundingMode.HALF_UP);
            return new Outcome(met, missed, median, share, p90);
        }

        /** The middle value; of an even count, the mean of the two middle ones rounded half up. */
        static Long median(List<Long> sorted) {
            if (sorted.isEmpty()) {
                return null;
            }
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle)
                    : Math.floorDiv(sorted.get(middle - 1) + sorted.get(middle) + 1, 2);
        }

        /** The nearest-rank 90th percentile: the least value that at least 90 % of them do not exceed. */
        static Long p90(List<Long> sorted) {
            if (sorted.isEmpty()) {
                return null;
            }
            int rank = (int) Math.ceil(sorted.size() * 0.9);
            return sorted.get(rank - 1);
        }
    }
}
