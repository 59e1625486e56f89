package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;

/**
 * One record of work (R9) as the API, the pages and other modules read it: who, on which request
 * (and its number), for which client, on which day, how many raw minutes, how, what kind and what
 * was done. Corrections have negative minutes and cite the entry they correct.
 */
public record WorkEntryView(WorkEntryId id, RequestId requestId, String requestNumber, ClientId clientId,
                            String clientName, String consultant, LocalDate workDate, int minutes, WorkMode mode,
                            WorkCategory category, String description, String reason, WorkEntryId corrects,
                            OffsetDateTime createdAt, String createdBy, boolean locked, boolean deleted) {

    public boolean isCorrection() {
        return corrects != null;
    }
}
