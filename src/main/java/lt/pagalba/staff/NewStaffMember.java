package lt.pagalba.staff;

import java.util.Set;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Text;

/** A staff member to create, in typed values: what a checked {@link StaffForm} turns into. */
record NewStaffMember(String username, String firstName, String lastName, EmailAddress email, PhoneNumber phone,
                      Set<Role> roles, String password, String position) {

    NewStaffMember(String username, String firstName, String lastName, EmailAddress email, PhoneNumber phone,
                   Set<Role> roles, String password) {
        this(username, firstName, lastName, email, phone, roles, password, null);
    }

    NewStaffMember {
        if (username == null || firstName == null || lastName == null || email == null || roles == null
                || roles.isEmpty() || password == null) {
            throw new IllegalArgumentException("A staff member needs a username, names, an e-mail, roles and a password");
        }
        firstName = firstName.trim();
        lastName = lastName.trim();
        roles = Set.copyOf(roles);
        position = Text.blankToNull(position);
    }
}
