package lt.pagalba.feedback;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FollowUpId;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client feedback (R16): answering through a link, opting out, the follow-ups of low ratings and the
 * averages the administrator reads.
 */
@Service
class Feedback {

    /** Where a link stands when it is opened or answered. */
    enum Outcome { OPEN, RATED, ALREADY_RATED, EXPIRED, INVALID }

    /** A link as its holder sees it. */
    record Link(Outcome outcome, Invitation invitation) {

        static final Link INVALID = new Link(Outcome.INVALID, null);
    }

    private final Invitations invitations;
    private final Ratings ratings;
    private final FeedbackTokens tokens;
    private final AuditTrail audit;

    Feedback(Invitations invitations, Ratings ratings, FeedbackTokens tokens, AuditTrail audit) {
        this.invitations = invitations;
        this.ratings = ratings;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** Checks a link: an altered or unknown one is invalid, then used, then expired. */
    Link open(String token) {
        Optional<Invitation> invitation = tokens.verify(token).flatMap(invitations::byTokenHash);
        if (invitation.isEmpty()) {
            return Link.INVALID;
        }
        return switch (invitation.get().state(invitations.now())) {
            case OPEN -> new Link(Outcome.OPEN, invitation.get());
            case USED -> new Link(Outcome.ALREADY_RATED, invitation.get());
            case EXPIRED -> new Link(Outcome.EXPIRED, invitation.get());
        };
    }

    /**
     * Records the answer once: of two answers through one link only the first counts. A rating of 1
     * or 2 opens a follow-up for the administrator.
     */
    @Transactional
    Link rate(String token, RatingForm.Answer answer) {
        Link link = open(token);
        if (link.outcome() != Outcome.OPEN) {
            return link;
        }
        return answer(link.invitation(), answer).orElseGet(() -> open(token)); // someone answered (or the link ran out) a moment ago
    }

    /**
     * Records the answer on an open invitation, the link's or the portal's; empty when it was answered
     * (or ran out) a moment ago. A rating of 1 or 2 opens a follow-up for the administrator.
     */
    Optional<Link> answer(Invitation invitation, RatingForm.Answer answer) {
        if (!invitations.markUsed(invitation.id())) {
            return Optional.empty();
        }
        invitations.answer(invitation.id(), answer.rating(), answer.comment());
        if (answer.rating() <= 2) {
            invitations.openFollowUp(invitation.id());
        }
        return Optional.of(new Link(Outcome.RATED, invitation));
    }

    /** Stops invitations to the link's address; works with any genuine link, used or expired. */
    @Transactional
    Link optOut(String token) {
        Link link = open(token);
        if (link.outcome() != Outcome.INVALID) {
            invitations.optOut(link.invitation().recipient());
        }
        return link;
    }

    Optional<Invitation> invitationFor(RequestId request) {
        return invitations.forRequest(request);
    }

    Optional<Rating> ratingOf(RequestId request) {
        return ratings.of(request);
    }

    Optional<FollowUp> followUpOf(RequestId request) {
        return ratings.followUpOf(request);
    }

    List<FollowUp> openFollowUps() {
        return ratings.openFollowUps(100);
    }

    /** Marks a follow-up done with what was done about it (audited); done once. */
    @Transactional
    FollowUp completeFollowUp(FollowUpId id, String note, Actor actor) {
        FollowUp before = ratings.followUp(id).orElseThrow(() -> new NotFoundException(id.subject(), id));
        if (invitations.completeFollowUp(id, actor.name(), note)) {
            audit.record("FEEDBACK_FOLLOW_UP", id, before.rating().clientId(), "DONE",
                    Map.of("status", before.status()), Map.of("status", "DONE", "note", note == null ? "" : note));
        }
        return ratings.followUp(id).orElseThrow();
    }

    /** Average by month for the last twelve months (this one included), newest first. */
    List<Averages.ByMonth> monthlyAverages() {
        return ratings.monthly(YearMonth.from(Vilnius.today()).minusMonths(11));
    }

    List<Averages.ByConsultant> consultantAverages() {
        return ratings.byConsultant();
    }

    List<Rating> latestComments(int limit) {
        return ratings.latestComments(limit);
    }

    PageOf<Rating> ratings(PageOf.Request page) {
        return new PageOf<>(ratings.page(page.size(), page.offset()), page.page(), page.size(), ratings.count());
    }
}
