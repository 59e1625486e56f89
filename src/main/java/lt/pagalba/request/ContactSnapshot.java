package lt.pagalba.request;

import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PhoneNumber;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The contact data as the requester gave it at registration (R4). Every part may be missing while
 * an e-mail's request waits for information (R2); what is there is well formed.
 */
// the phone and e-mail are written as the plain text the API promises
public record ContactSnapshot(ContactId id, String firstName, String lastName, String position,
                              @JsonSerialize(using = ToStringSerializer.class) PhoneNumber phone,
                              @JsonSerialize(using = ToStringSerializer.class) EmailAddress email) {

    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    /** The same data as the contact person it was matched with (or made into). */
    ContactSnapshot of(ContactId contact) {
        return new ContactSnapshot(contact, firstName, lastName, position, phone, email);
    }

    /** Whether the e-mail is this one, ignoring case (how mail finds a requester). */
    public boolean hasEmail(String address) {
        return email != null && address != null && email.value().equalsIgnoreCase(address.trim());
    }
}
