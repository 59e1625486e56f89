package lt.pagalba.feedback;

import lt.pagalba.shared.RequestId;

/** What the feedback module announces; mail listens and writes the invitation to the outbox. */
public final class FeedbackEvents {

    private FeedbackEvents() {
    }

    /**
     * A closed request's contact is invited to rate the service: {@code link} rates (once, for 30
     * days), {@code optOutLink} stops further invitations to the address. Both are absolute and carry
     * the recipient's language.
     */
    public record FeedbackRequested(RequestId requestId, String number, String summary, String recipient, String language,
                                    String link, String optOutLink) {
    }
}
