package lt.pagalba.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.ValidPhone;

/** A contact person as the API and the client page give it: names and e-mail required, position and phone welcome. */
record ContactForm(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String position,
        @ValidPhone @Size(max = 40) String phone,
        @NotBlank @ValidEmail @Size(max = 254) String email) {

    static ContactForm blank() {
        return new ContactForm("", "", "", "", "");
    }

    static ContactForm of(Contact contact) {
        return new ContactForm(contact.firstName(), contact.lastName(), contact.position(),
                Objects.toString(contact.phone(), null), contact.email().value());
    }

    /** The checked form in typed values; call it only on a form that passed validation. */
    ContactCommand toCommand() {
        return new ContactCommand(firstName, lastName, position, PhoneNumber.ofOptional(phone), new EmailAddress(email));
    }
}
