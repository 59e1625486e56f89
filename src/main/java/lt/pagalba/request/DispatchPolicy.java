package lt.pagalba.request;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who leads a new request (R5, R6, R10), in this order: the consultant the client asked for, else
 * the client's permanent consultant, when on duty; else, for an urgent request, the on-duty
 * consultant with the fewest open requests; else nobody yet — the administrator decides. A rule on
 * what {@link Dispatcher} gathers: it asks nothing of the database.
 */
final class DispatchPolicy {

    private DispatchPolicy() {
    }

    /** A consultant on duty now, with the open requests they already work on. */
    record OnDuty(String username, String email, long openRequests) {
    }

    /** The client's wish for a consultant, as the staff list knows the name: nobody, someone who left, or an active consultant. */
    record Wish(String username, boolean active) {

        static final Wish NOBODY = new Wish(null, false);
    }

    /** What the decision is made from. */
    record Situation(Optional<Wish> wish, String permanentConsultant, List<OnDuty> onDuty, boolean urgent) {
    }

    /** The decision: the lead (if any), how the client's wish went (null when they had none), and why. */
    record Decision(Optional<OnDuty> lead, RequestedConsultantOutcome requestedOutcome, Reason reason) {
    }

    enum Reason { REQUESTED, PERMANENT, LEAST_LOADED, NOBODY_ON_DUTY, ADMINISTRATOR_DECIDES }

    static Decision decide(Situation s) {
        RequestedConsultantOutcome outcome = s.wish().map(wish -> outcome(wish, s.onDuty())).orElse(null);
        if (outcome == RequestedConsultantOutcome.HONOURED) {
            return new Decision(onDuty(s.wish().get().username(), s.onDuty()), outcome, Reason.REQUESTED);
        }
        Optional<OnDuty> permanent = onDuty(s.permanentConsultant(), s.onDuty());
        if (permanent.isPresent()) {
            return new Decision(permanent, outcome, Reason.PERMANENT);
        }
        if (!s.urgent()) {
            return new Decision(Optional.empty(), outcome, Reason.ADMINISTRATOR_DECIDES);
        }
        Optional<OnDuty> leastLoaded = s.onDuty().stream()
                .min(Comparator.comparingLong(OnDuty::openRequests).thenComparing(OnDuty::username));
        return new Decision(leastLoaded, outcome, leastLoaded.isPresent() ? Reason.LEAST_LOADED : Reason.NOBODY_ON_DUTY);
    }

    private static RequestedConsultantOutcome outcome(Wish wish, List<OnDuty> onDuty) {
        if (wish.username() == null) {
            return RequestedConsultantOutcome.UNKNOWN;
        }
        if (!wish.active()) {
            return RequestedConsultantOutcome.INACTIVE;
        }
        return onDuty(wish.username(), onDuty).isPresent() ? RequestedConsultantOutcome.HONOURED
                : RequestedConsultantOutcome.NOT_ON_DUTY;
    }

    private static Optional<OnDuty> onDuty(String username, List<OnDuty> onDuty) {
        return username == null ? Optional.empty() : onDuty.stream().filter(c -> c.username().equals(username)).findFirst();
    }
}
