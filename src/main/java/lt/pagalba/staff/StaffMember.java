package lt.pagalba.staff;

import java.util.Set;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;

/**
 * A staff member as others see them: never with a password. The phone and the position (printed
 * beside their name on the documents they issue) may be unknown (null).
 */
public record StaffMember(String username, String firstName, String lastName, EmailAddress email, PhoneNumber phone,
                          Set<Role> roles, boolean active, boolean available, String position) {

    public StaffMember(String username, String firstName, String lastName, EmailAddress email, PhoneNumber phone,
                       Set<Role> roles, boolean active, boolean available) {
        this(username, firstName, lastName, email, phone, roles, active, available, null);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** On duty for urgent requests (R6): an active consultant who said they are available. */
    public boolean onDuty() {
        return active && available && roles.contains(Role.CONSULTANT);
    }
}
