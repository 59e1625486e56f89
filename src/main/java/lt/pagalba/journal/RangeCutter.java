package lt.pagalba.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts the ranges a new lock adds: every entry of the client and category in the period with a sequence
 * number up to the run's last one that no earlier range covers. Earlier ranges may leave holes (a
 * cancelled invoice's range is gone) and may have other days (a client moved from months to quarters,
 * or one range per reference of entries locked before V64), so the period is split at their edges and
 * each part gets the sequence intervals its earlier ranges leave open.
 */
final class RangeCutter {

    private RangeCutter() {
    }

    /** The new ranges for a lock; {@code earlier} are the live ranges of the same client and category. */
    static List<BilledRange> cut(LockRange lock, long upToSeq, List<BilledRange> earlier) {
        LocalDate first = lock.period().from();
        LocalDate last = lock.period().to();
        List<BilledRange> overlapping = earlier.stream().filter(r -> r.overlaps(first, last)).toList();
        TreeSet<LocalDate> edges = new TreeSet<>(List.of(first, last.plusDays(1)));
        for (BilledRange r : overlapping) {
            edges.add(r.from().isBefore(first) ? first : r.from());
            edges.add(r.to().isAfter(last) ? last.plusDays(1) : r.to().plusDays(1));
        }
        List<BilledRange> cut = new ArrayList<>();
        LocalDate partFrom = null;
        for (LocalDate edge : edges) {
            if (partFrom != null) {
                cut.addAll(open(lock, partFrom, edge.minusDays(1), upToSeq, overlapping));
            }
            partFrom = edge;
        }
        return cut;
    }

    /** The part's sequence intervals up to the last number that no range covering the part holds. */
    private static List<BilledRange> open(LockRange lock, LocalDate from, LocalDate to, long upToSeq,
                                          List<BilledRange> overlapping) {
        List<BilledRange> covering = overlapping.stream().filter(r -> r.overlaps(from, to))
                .sorted(Comparator.comparingLong(BilledRange::seqFrom)).toList();
        List<BilledRange> open = new ArrayList<>();
        long next = 0;
        for (BilledRange r : covering) {
            if (r.seqFrom() > next && next < upToSeq) {
                open.add(range(lock, from, to, next, Math.min(r.seqFrom(), upToSeq)));
            }
            next = Math.max(next, r.seqTo());
        }
        if (next < upToSeq) {
            open.add(range(lock, from, to, next, upToSeq));
        }
        return open;
    }

    private static BilledRange range(LockRange lock, LocalDate from, LocalDate to, long seqFrom, long seqTo) {
        return new BilledRange(lock.clientId(), lock.category(), from, to, seqFrom, seqTo, lock.reference());
    }
}
