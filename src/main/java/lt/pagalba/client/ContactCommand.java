package lt.pagalba.client;

import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.Text;

/**
 * A contact person to add or the new state of one, in typed values. Names and e-mail are required
 * (the e-mail is how mail finds them); position and phone may be null.
 */
public record ContactCommand(String firstName, String lastName, String position, PhoneNumber phone,
                             EmailAddress email) {

    public ContactCommand {
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank() || email == null) {
            throw new IllegalArgumentException("A contact needs a first name, a last name and an e-mail address");
        }
        firstName = firstName.trim();
        lastName = lastName.trim();
        position = Text.blankToNull(position);
    }
}
