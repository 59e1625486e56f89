package lt.pagalba.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.ValidPhone;

/** A new staff member, as the API and the staff form give it, checked by its annotations. */
record StaffForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}", message = "{StaffForm.username}")
        String username,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @ValidEmail @Size(max = 254) String email,
        @ValidPhone @Size(max = 40) String phone,
        @NotEmpty Set<Role> roles,
        @NotBlank @Size(min = StaffForm.MIN_PASSWORD, max = 128) String password,
        @Size(max = 100) String position) {

    StaffForm(String username, String firstName, String lastName, String email, String phone, Set<Role> roles,
              String password) {
        this(username, firstName, lastName, email, phone, roles, password, null);
    }

    static final int MIN_PASSWORD = 12;

    /** An empty form: most new staff members are consultants. */
    static StaffForm blank() {
        return new StaffForm("", "", "", "", "", EnumSet.noneOf(Role.class), "", ""); // no role until chosen: a pre-checked one got kept by mistake
    }

    /** The checked form in typed values; call it only on a form that passed validation. */
    NewStaffMember toCommand() {
        return new NewStaffMember(username, firstName, lastName, new EmailAddress(email), PhoneNumber.ofOptional(phone),
                roles, password, position);
    }
}
