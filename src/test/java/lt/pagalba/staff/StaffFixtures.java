package lt.pagalba.staff;

import java.util.Set;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.Role;

/**
 * Staff members for other modules' tests, made through the staff module's own (package-private) way
 * in: a module test of request or journal needs consultants without starting the staff pages.
 */
public final class StaffFixtures {

    public static final String PASSWORD = "a-long-enough-password";

    private StaffFixtures() {
    }

    /** A consultant named Jonas Jonaitis, on duty for urgent requests. */
    public static StaffMember consultantOnDuty(StaffDirectory staff, String username) {
        staff.create(new NewStaffMember(username, "Jonas", "Jonaitis", new EmailAddress(username + "@stekas.lt"), null,
                Set.of(Role.CONSULTANT), PASSWORD));
        return staff.setAvailability(username, true);
    }

    /** Takes everyone off duty, so a test decides who is available. */
    public static void nobodyOnDuty(StaffDirectory staff) {
        staff.all().stream().filter(StaffMember::available).forEach(m -> staff.setAvailability(m.username(), false));
    }
}
