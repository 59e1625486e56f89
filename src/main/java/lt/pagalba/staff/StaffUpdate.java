package lt.pagalba.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Set;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.ValidPhone;

/** Changes to a staff member: names, contacts, roles, whether they may still log in, and optionally a new password. */
record StaffUpdate(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @ValidEmail @Size(max = 254) String email,
        @ValidPhone @Size(max = 40) String phone,
        @NotEmpty Set<Role> roles,
        Boolean active,
        @Size(min = StaffForm.MIN_PASSWORD, max = 128) String password,
        @Size(max = 100) String position) {

    static StaffUpdate of(StaffMember member) {
        return new StaffUpdate(member.firstName(), member.lastName(), member.email().value(),
                Objects.toString(member.phone(), null), member.roles(), member.active(), null, member.position());
    }

    /** The checked form in typed values; call it only on a form that passed validation. */
    StaffChange toCommand() {
        return new StaffChange(firstName, lastName, new EmailAddress(email), PhoneNumber.ofOptional(phone), roles, active,
                password, position);
    }
}
