package lt.pagalba.staff;

import java.util.Optional;
import lt.pagalba.shared.SetupCheck;
import org.springframework.stereotype.Component;

/** No consultant is on duty: urgent requests (R6) and the round robin would have nobody to go to. */
@Component
class NobodyOnDuty implements SetupCheck {

    private final StaffDirectory staff;

    NobodyOnDuty(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public Optional<SetupStep> pending() {
        boolean someoneOnDuty = staff.consultants().stream().anyMatch(StaffMember::available);
        return someoneOnDuty ? Optional.empty() : Optional.of(new SetupStep("duty", "setup.duty", "/staff"));
    }
}
