package lt.pagalba.journal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.TypedId;
import lt.pagalba.shared.WorkCategory;
import lt.pagalba.shared.WorkEntryId;

/**
 * A work entry as the API gives it, checked by its annotations and then made {@link WorkDone} once;
 * the rules that depend on the day, the request or the corrected entry are the entry's own.
 */
record WorkEntryForm(String consultant, @NotNull LocalDate workDate, @NotNull Integer minutes,
                     @NotNull WorkMode mode, @NotNull WorkCategory category,
                     @NotBlank @Size(max = WorkEntryForm.MAX_TEXT) String description,
                     @Size(max = WorkEntryForm.MAX_TEXT) String reason, String corrects) {

    static final int MAX_TEXT = 2000;

    static WorkEntryForm of(WorkEntryView entry) {
        return new WorkEntryForm(entry.consultant(), entry.workDate(), entry.minutes(), entry.mode(), entry.category(),
                entry.description(), entry.reason(), entry.corrects() == null ? null : entry.corrects().text());
    }

    /** The work the valid form describes; no consultant named means {@code byDefault}. */
    WorkDone toWork(String byDefault) {
        String correctsText = Text.blankToNull(corrects);
        WorkEntryId corrected = correctsText == null ? null : TypedId.tryParse(WorkEntryId.class, correctsText)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.invalid("corrects", "journal.corrects.unknown")));
        return new WorkDone(Text.isBlank(consultant) ? byDefault : consultant, workDate, minutes, mode, category,
                description, reason, corrected);
    }
}
