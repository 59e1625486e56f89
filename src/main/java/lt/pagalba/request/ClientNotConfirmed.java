package lt.pagalba.request;

import lt.pagalba.request.RequestView.ClientRef;

/**
 * A request from the public form whose client is not confirmed: the company as the sender typed it, and
 * the client that text matched (null when none did), which the administrator may confirm or not.
 */
record ClientNotConfirmed(String companyAsTyped, ClientRef suggested) {
}
