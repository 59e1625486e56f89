package lt.pagalba.feedback;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Vilnius;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client feedback (R16): answering through a link, opting out, the follow-ups of low ratings and the
 * averages the administrator reads.
 */
@Service
public class Feedback {

    /** Where a link stands when it is opened or answered. */
    public enum Outcome { OPEN, RATED, ALREADY_RATED, EXPIRED, INVALID }

    /** A link as its holder sees it. */
    public record Link(Outcome outcome, Invitation invitation) {

        static final Link INVALID = new Link(Outcome.INVALID, null);
    }

    private final Invitations invitations;
    private final FeedbackTokens tokens;
    private final AuditTrail audit;

    Feedback(Invitations invitations, FeedbackTokens tokens, AuditTrail audit) {
        this.invitations = invitations;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** Checks a link: an altered or unknown one is invalid, then used, then expired. */
    public Link open(String token) {
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
    public Link rate(String token, Integer rating, String comment) {
        Link link = open(token);
        if (link.outcome() != Outcome.OPEN) {
            return link;
        }
        if (rating == null) {
            throw new InvalidInputException(FieldProblem.required("rating"));
        }
        if (rating < 1 || rating > 5) {
            throw new InvalidInputException(FieldProblem.invalid("rating", "feedback.rating.range"));
        }
        String word = comment == null || comment.isBlank() ? null : comment.strip();
        if (word != null && word.length() > Rating.MAX_COMMENT) {
            throw new InvalidInputException(new FieldProblem("comment", "too_long", "validation.tooLong", Rating.MAX_COMMENT));
        }
        UUID id = UUID.fromString(link.invitation().id());
        if (!invitations.markUsed(id)) {
            return open(token); // someone answered (or the link ran out) a moment ago
        }
        invitations.answer(id, rating, word);
        if (rating <= 2) {
            invitations.openFollowUp(id);
        }
        return new Link(Outcome.RATED, link.invitation());
    }

    /** Stops invitations to the link's address; works with any genuine link, used or expired. */
    @Transactional
    public Link optOut(String token) {
        Link link = open(token);
        if (link.outcome() != Outcome.INVALID) {
            invitations.optOut(link.invitation().recipient());
        }
        return link;
    }

    public Optional<Invitation> invitationFor(String requestId) {
        return invitations.forRequest(UUID.fromString(requestId));
    }

    public Optional<Rating> ratingOf(String requestId) {
        return invitations.ratingOf(UUID.fromString(requestId));
    }

    public Optional<FollowUp> followUpOf(String requestId) {
        return invitations.followUpOf(UUID.fromString(requestId));
    }

    public List<FollowUp> openFollowUps() {
        return invitations.openFollowUps(100);
    }

    /** Marks a follow-up done with what was done about it. */
    @Transactional
    public FollowUp completeFollowUp(String id, String note, Actor actor) {
        if (note != null && note.length() > Rating.MAX_COMMENT) {
            throw new InvalidInputException(new FieldProblem("note", "too_long", "validation.tooLong", Rating.MAX_COMMENT));
        }
        UUID followUpId = parse(id);
        FollowUp before = invitations.followUp(followUpId).orElseThrow(() -> new NotFoundException("followUp", id));
        String text = note == null || note.isBlank() ? null : note.strip();
        if (invitations.completeFollowUp(followUpId, actor.name(), text)) {
            audit.record("FEEDBACK_FOLLOW_UP", followUpId, before.rating().clientId(), "DONE",
                    Map.of("status", before.status()), Map.of("status", "DONE", "note", text == null ? "" : text));
        }
        return invitations.followUp(followUpId).orElseThrow();
    }

    /** Average by month for the last twelve months (this one included), newest first. */
    public List<Averages.ByMonth> monthlyAverages() {
        return invitations.monthly(YearMonth.from(Vilnius.today()).minusMonths(11));
    }

    public List<Averages.ByConsultant> consultantAverages() {
        return invitations.byConsultant();
    }

    public List<Rating> latestComments(int limit) {
        return invitations.latestComments(limit);
    }

    public PageOf<Rating> ratings(PageOf.Request page) {
        return new PageOf<>(invitations.ratings(page.size(), page.offset()), page.page(), page.size(), invitations.countRatings());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("followUp", id);
        }
    }
}
