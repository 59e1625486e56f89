package lt.pagalba.journal;

import java.time.LocalDate;
import java.util.Objects;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;

/**
 * The typed command that logs or changes a work entry: who worked, on which day, how many raw
 * minutes, how, what kind, what was done, why (on site or late) and, for a correction, which entry
 * it corrects. Its text is as given without surrounding spaces; no reason is null.
 */
public record WorkDone(String consultant, LocalDate workDate, int minutes, WorkMode mode, WorkCategory category,
                       String description, String reason, WorkEntryId corrects) {

    public WorkDone {
        consultant = Objects.requireNonNull(consultant, "consultant").trim();
        Objects.requireNonNull(workDate, "workDate");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(category, "category");
        description = Objects.requireNonNull(description, "description").trim();
        reason = Text.blankToNull(reason);
    }

    /** The same work done the way the corrected entry was: a correction is of the same kind as what it corrects. */
    WorkDone asKindOf(WorkEntry corrected) {
        return new WorkDone(consultant, workDate, minutes, corrected.mode(), corrected.category(), description, reason,
                corrects);
    }
}
