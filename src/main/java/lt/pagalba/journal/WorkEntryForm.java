package lt.pagalba.journal;

import java.time.LocalDate;
import lt.pagalba.shared.WorkCategory;

/** A work entry as the API and the quick-entry form give it. Checked by {@link ConsultationJournal}. */
public record WorkEntryForm(String consultant, LocalDate workDate, Integer minutes, WorkMode mode, WorkCategory category,
                            String description, String reason, String corrects) {
}
