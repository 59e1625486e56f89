package lt.pagalba.client;

import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;

/** A person at a client company who may ask for help; position and phone may be unknown (null). */
public record Contact(ContactId id, ClientId clientId, String firstName, String lastName, String position,
                      PhoneNumber phone, EmailAddress email) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
