package lt.pagalba.journal;

import java.time.LocalDate;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.WorkCategory;

/**
 * What a billing run billed under a reference, kept instead of a mark on every entry (V64): the
 * client's entries of a category whose billing day lies in [from, to] and whose sequence number lies
 * in (seqFrom, seqTo]. Ranges never overlap, so an entry is behind at most one reference.
 */
record BilledRange(ClientId clientId, WorkCategory category, LocalDate from, LocalDate to, long seqFrom, long seqTo,
                   String reference) {

    /**
     * SQL: whether the range {@code b} holds the entry {@code e}. A correction is billed in the period of
     * the entry it corrects (B5), so its billing day is that entry's work date.
     */
    static final String HOLDS_ENTRY = """
            b.client_id = e.client_id AND b.category = e.category AND b.period_from <= %1$s AND b.period_to >= %1$s
            AND e.seq > b.seq_from AND e.seq <= b.seq_to""".formatted(billingDay("e"));

    /** SQL: whether the entry {@code e} is billed. */
    static final String COVERS_ENTRY = "EXISTS (SELECT 1 FROM billed_range b WHERE " + HOLDS_ENTRY + ")";

    /** SQL: the billing day of the entry under an alias. */
    static String billingDay(String alias) {
        return "CASE WHEN %1$s.corrects IS NULL THEN %1$s.work_date ELSE (SELECT o.work_date FROM work_entry o WHERE o.id = %1$s.corrects) END"
                .formatted(alias);
    }

    boolean overlaps(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && !to.isBefore(first);
    }
}
