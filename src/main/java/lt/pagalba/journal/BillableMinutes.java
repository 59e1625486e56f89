package lt.pagalba.journal;

/**
 * B1: an entry keeps its raw minutes; its billable minutes are the raw minutes rounded up to the
 * billing increment, and at least the minimum per entry. A correction is billed as the change it
 * makes to the billable minutes of the entry it corrects, so it is rounded by the same rule and can
 * never take away more than that entry's billable minutes. The same rule runs in SQL as
 * {@code pagalba_billable_minutes} for reports and billing runs.
 */
final class BillableMinutes {

    private BillableMinutes() {
    }

    /** Billable minutes of net raw minutes: nothing left is nothing billed. */
    static int of(int rawMinutes, int increment, int minimum) {
        if (increment < 1 || minimum < 0) {
            throw new IllegalArgumentException("Increment at least 1, minimum at least 0");
        }
        if (rawMinutes <= 0) {
            return 0;
        }
        int rounded = Math.addExact(rawMinutes, increment - 1) / increment * increment;
        return Math.max(rounded, minimum);
    }

    /**
     * The billable effect of a correction (negative minutes) on an entry of {@code correctedRaw}
     * minutes that earlier corrections already reduced by {@code earlierCorrections} (zero or negative).
     */
    static int ofCorrection(int correctedRaw, int earlierCorrections, int correction, int increment, int minimum) {
        if (correction >= 0 || earlierCorrections > 0) {
            throw new IllegalArgumentException("Corrections take minutes away");
        }
        int before = of(correctedRaw + earlierCorrections, increment, minimum);
        int after = of(correctedRaw + earlierCorrections + correction, increment, minimum);
        return after - before;
    }
}
