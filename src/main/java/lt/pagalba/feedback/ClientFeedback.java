package lt.pagalba.feedback;

import java.time.OffsetDateTime;
import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R16 from the portal: the client rates a closed request there as through the e-mailed link, by the
 * same rules (1 to 5 with an optional word, once per request whichever way, within the invitation's
 * 30 days, a low rating followed up). The caller has found the request as the client's own.
 */
@Service
public class ClientFeedback {

    /** What became of a rating given on the portal. */
    public enum Outcome { RATED, ALREADY_RATED, EXPIRED }

    /** A rating the request got (on the portal or through the link). */
    public record Given(int rating, String comment, OffsetDateTime at) {
    }

    /** The request's rating once given, and whether it may still be rated. */
    public record State(Given given, boolean open) {
    }

    private final Feedback feedback;
    private final FeedbackInviter inviter;
    private final Invitations invitations;

    ClientFeedback(Feedback feedback, FeedbackInviter inviter, Invitations invitations) {
        this.feedback = feedback;
        this.inviter = inviter;
        this.invitations = invitations;
    }

    public State of(RequestView request) {
        var rating = feedback.ratingOf(request.id());
        if (rating.isPresent()) {
            return new State(new Given(rating.get().rating(), rating.get().comment(), rating.get().answeredAt()), false);
        }
        boolean open = request.status() == RequestStatus.CLOSED && feedback.invitationFor(request.id())
                .map(i -> i.state(invitations.now()) == Invitation.State.OPEN).orElse(true);
        return new State(null, open);
    }

    /**
     * Rates the closed request from {@code recipient} (the contact): a bad rating or comment is refused
     * naming its field, an open request is a conflict (409).
     */
    @Transactional
    public Outcome rate(RequestView request, String recipient, String rating, String comment) {
        RatingForm.Answer answer = RatingForm.checked(rating, comment);
        if (request.status() != RequestStatus.CLOSED) {
            throw new ConflictException("feedback.notClosed", request.number());
        }
        Invitation invitation = inviter.invitationFor(request, recipient);
        return switch (invitation.state(invitations.now())) {
            case USED -> Outcome.ALREADY_RATED;
            case EXPIRED -> Outcome.EXPIRED;
            case OPEN -> feedback.answer(invitation, answer).map(link -> Outcome.RATED)
                    .orElseGet(() -> feedback.ratingOf(request.id()).isPresent() ? Outcome.ALREADY_RATED : Outcome.EXPIRED);
        };
    }
}
