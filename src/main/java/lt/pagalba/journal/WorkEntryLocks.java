package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.ClientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal's face to billing (B5): which months have unbilled work, and locking the entries a run
 * billed under references of billing's own (an invoice line), so that a locked entry can no longer
 * be changed, only corrected. The journal knows nothing of invoices.
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
     * Billing's starting point: per client, the months up to a day in which it has work not yet
     * billed, oldest first; corrections count in their entry's month. One query for all clients.
     */
    public Map<ClientId, List<YearMonth>> unbilledMonths(LocalDate upTo) {
        return locks.unbilledMonths(upTo);
    }

    /** Locks what a run billed, in the caller's transaction, with one statement however many ranges. */
    @Transactional
    public int lock(List<LockRange> ranges) {
        return ranges.isEmpty() ? 0 : locks.lockRanges(ranges);
    }

    /** Unlocks what was locked under a reference (a cancelled invoice's line), for the next billing run. */
    @Transactional
    public int unlock(ClientId clientId, String reference) {
        return locks.unlock(clientId, reference);
    }

    /** The entries behind a reference billing locked them under (an invoice line). */
    public List<WorkEntryView> lockedUnder(ClientId clientId, String reference) {
        return views.lockedUnder(clientId, reference);
    }
}
