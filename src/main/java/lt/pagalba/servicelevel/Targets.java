package lt.pagalba.servicelevel;

import java.util.Objects;

/** How soon a request is to be first contacted and resolved, counted in working time from its receipt. */
public record Targets(WorkingSpan firstContact, WorkingSpan resolution) {

    /** Issue 17's defaults for an urgent request: first contact within 30 working minutes, resolved within a working day. */
    public static final Targets URGENT = new Targets(WorkingSpan.ofMinutes(30), WorkingSpan.ofDays(1));

    /** For any other request: first contact within a working day, resolved within five. */
    public static final Targets NORMAL = new Targets(WorkingSpan.ofDays(1), WorkingSpan.ofDays(5));

    public Targets {
        Objects.requireNonNull(firstContact, "firstContact");
        Objects.requireNonNull(resolution, "resolution");
    }

    public static Targets defaults(boolean urgent) {
        return urgent ? URGENT : NORMAL;
    }

    /**
     * These targets where a contract promises faster: a promise is only ever a faster service, so an
     * urgent request keeps its 30 minutes under a contract that promises every request an answer in two hours.
     */
    Targets keeping(Promise promise, WorkingCalendar calendar) {
        return new Targets(faster(firstContact, promise.firstContactMinutes(), calendar),
                faster(resolution, promise.resolutionMinutes(), calendar));
    }

    private static WorkingSpan faster(WorkingSpan span, Integer promisedMinutes, WorkingCalendar calendar) {
        return promisedMinutes != null && promisedMinutes < span.minutesOn(calendar) ? WorkingSpan.ofMinutes(promisedMinutes) : span;
    }

    /** The same resolution with a faster first contact, as a contract may promise. */
    public Targets withFirstContact(WorkingSpan promised) {
        return new Targets(promised, resolution);
    }
}
