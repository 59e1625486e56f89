package lt.pagalba.staff;

import java.util.Set;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Text;

/**
 * The new state of a staff member, in typed values: what a checked {@link StaffUpdate} turns into.
 * {@code active} null keeps it as it is; {@code newPassword} null keeps the password.
 */
record StaffChange(String firstName, String lastName, EmailAddress email, PhoneNumber phone, Set<Role> roles,
                   Boolean active, String newPassword, String position) {

    StaffChange(String firstName, String lastName, EmailAddress email, PhoneNumber phone, Set<Role> roles,
                Boolean active, String newPassword) {
        this(firstName, lastName, email, phone, roles, active, newPassword, null);
    }

    StaffChange {
        if (firstName == null || lastName == null || email == null || roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A staff member needs names, an e-mail and roles");
        }
        firstName = firstName.trim();
        lastName = lastName.trim();
        roles = Set.copyOf(roles);
        newPassword = Text.isBlank(newPassword) ? null : newPassword;
        position = Text.blankToNull(position);
    }
}
