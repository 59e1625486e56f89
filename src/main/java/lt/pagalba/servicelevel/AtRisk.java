package lt.pagalba.servicelevel;

import java.time.OffsetDateTime;
import lt.pagalba.shared.RequestId;

/**
 * An open request whose target is near (80 % of its working time used) or past: which target, when it
 * is due, the working minutes left (negative once past) and who leads the work (null if nobody).
 */
public record AtRisk(RequestId requestId, String number, Target target, Level level, OffsetDateTime due,
                     long minutesLeft, String lead) {

    /** The two targets of a request. */
    public enum Target {
        FIRST_CONTACT, RESOLUTION
    }

    /** Nearing the target, or past it. */
    public enum Level {
        NEAR, PAST
    }

    /** Share of the target's working time at which it is near. */
    static final int NEAR_PERCENT = 80;
}
