package lt.pagalba.servicelevel;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A day an administrator adds on the calendar page: a day off, or a working day. */
record DayForm(@NotNull LocalDate date, @NotNull DayKind kind) {

    static DayForm blank() {
        return new DayForm(null, DayKind.HOLIDAY);
    }
}
