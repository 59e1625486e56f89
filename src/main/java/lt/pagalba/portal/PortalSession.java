package lt.pagalba.portal;

import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;

/** A stored portal session: who logged in and, once chosen, as the contact of which client. */
record PortalSession(byte[] hash, String email, ClientId clientId, ContactId contactId) {

    boolean hasChosen() {
        return clientId != null;
    }
}
