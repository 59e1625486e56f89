package lt.pagalba.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import lt.pagalba.shared.WorkCategory;

/**
 * One record of work (R9): who, on which request, on which day, how many raw minutes, how, what kind
 * and what was done. Corrections have negative minutes and cite the entry they correct.
 */
public record WorkEntry(String id, String requestId, String requestNumber, String clientId, String clientName,
                        String consultant,
                        LocalDate workDate, int minutes, WorkMode mode, WorkCategory category, String description,
                        String reason, String corrects, OffsetDateTime createdAt, String createdBy, boolean locked,
                        boolean deleted) {

    public boolean isCorrection() {
        return corrects != null;
    }
}
