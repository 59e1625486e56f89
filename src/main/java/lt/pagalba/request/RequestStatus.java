package lt.pagalba.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands; each status names the ones it may move to. */
public enum RequestStatus {
    AWAITING_INFORMATION, REGISTERED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED;

    public Set<RequestStatus> next() {
        return switch (this) {
            case AWAITING_INFORMATION -> EnumSet.of(REGISTERED, CLOSED);
            case REGISTERED -> EnumSet.of(ASSIGNED, CLOSED);
            case ASSIGNED -> EnumSet.of(REGISTERED, IN_PROGRESS, RESOLVED, CLOSED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** The move a person most likely makes next, forward (a status page offers it first); none once closed. */
    public RequestStatus likelyNext() {
        return switch (this) {
            case AWAITING_INFORMATION -> REGISTERED;
            case REGISTERED -> ASSIGNED;
            case ASSIGNED -> IN_PROGRESS;
            case IN_PROGRESS -> RESOLVED;
            case RESOLVED, CLOSED -> CLOSED;
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    /** Open requests count towards a consultant's load. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
