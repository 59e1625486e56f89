package lt.pagalba.portal;

/** What the portal announces; the mail module sends it. */
public final class PortalEvents {

    private PortalEvents() {
    }

    /**
     * A contact person asked for a login link. The link carries the only copy of the raw token: it is
     * published to synchronous listeners only (never to the event publication registry, which keeps
     * what it stores), so nothing but the e-mail holds it. {@code linkKey} names this link without
     * revealing it (a hash), for the outbox's source key.
     */
    public record PortalLinkRequested(String recipient, String language, String link, String linkKey) {

        @Override
        public String toString() {
            return "PortalLinkRequested[" + linkKey + "]"; // never the link itself in a log
        }
    }
}
