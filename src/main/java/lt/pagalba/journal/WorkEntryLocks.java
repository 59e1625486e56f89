package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.ClientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal's face to billing (B5): which months have unbilled work, and locking the entries a run
 * billed under references of billing's own (an invoice line), so that a locked entry can no longer
 * be changed, only corrected. What was billed is kept as ranges of entries (V64), not as a mark on
 * each. The journal knows nothing of invoices.
 */
@Service
public class WorkEntryLocks {

    private final EntryLocks locks;
    private final WorkEntryViews views;

    WorkEntryLocks(EntryLocks locks, WorkEntryViews views) {
        this.locks = locks;
        this.views = views;
    }

    /**
     * For a billing run, as the first statement of its transaction: entries being written are committed
     * first and new ones wait until the run ends, so what the run reads is exactly what it locks.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdStill() {
        locks.holdStill();
    }

    /**
     * Billing's starting point: per client, the months up to a day in which it has work not yet
     * billed, oldest first; corrections count in their entry's month. One query for all clients.
     */
    public Map<ClientId, List<YearMonth>> unbilledMonths(LocalDate upTo) {
        return locks.unbilledMonths(upTo);
    }

    /**
     * Locks what a run billed, in the caller's transaction: every entry of the ranges not billed before,
     * up to the last one written, in a few rows per range however many entries. Answers the rows written.
     */
    @Transactional
    public int lock(List<LockRange> ranges) {
        return ranges.isEmpty() ? 0 : locks.lockRanges(ranges);
    }

    /** Unlocks what was locked under a reference (a cancelled invoice's line), for the next billing run; answers how many entries. */
    @Transactional
    public int unlock(ClientId clientId, String reference) {
        return locks.unlock(clientId, reference);
    }

    /** The entries behind a reference billing locked them under (an invoice line). */
    public List<WorkEntryView> lockedUnder(ClientId clientId, String reference) {
        return views.lockedUnder(clientId, reference);
    }
}
