package lt.pagalba.request;

import java.util.Optional;
import java.util.UUID;
import lt.pagalba.request.DispatchPolicy.Decision;
import lt.pagalba.request.RequestView.ClientRef;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;

/**
 * A request ready to be registered: checked, its client and contact found or made, its dispatch
 * decided (when it is complete). Only its number is still to come, from the {@link Registrar}. One sent
 * from a form carries the form's one-time key ({@link FormKeys}), null otherwise. One from the public
 * form whose client is not confirmed has no client, and may have the client its company text
 * seemed to mean ({@code suggested}).
 */
record PreparedRequest(RequestId id, NewRequest request, ClientRef client, ContactSnapshot contact,
                       Optional<Decision> dispatch, Actor by, UUID formKey, ClientRef suggested) {

    PreparedRequest(RequestId id, NewRequest request, ClientRef client, ContactSnapshot contact,
                    Optional<Decision> dispatch, Actor by) {
        this(id, request, client, contact, dispatch, by, null, null);
    }

    /** A complete request named its company, but no client is confirmed for it: it keeps the text as typed. */
    boolean clientNotConfirmed() {
        return client == null && request.isComplete() && request.companyName() != null;
    }

    /** The year whose numbers it takes. */
    int year() {
        return request.receivedAt().atZoneSameInstant(Vilnius.ZONE).getYear();
    }
}
