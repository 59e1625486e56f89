package lt.pagalba.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lt.pagalba.shared.ValidEmail;
import lt.pagalba.shared.ValidPhone;

/** A contact person: names and e-mail are required (the e-mail is how mail finds them), position and phone welcome. */
public record ContactForm(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String position,
        @ValidPhone @Size(max = 40) String phone,
        @NotBlank @ValidEmail @Size(max = 254) String email) {

    static ContactForm of(Contact contact) {
        return new ContactForm(contact.firstName(), contact.lastName(), contact.position(), contact.phone(),
                contact.email());
    }
}
