package lt.pagalba.shared;

import java.util.Optional;

/**
 * A step of setting Pagalba up that a module can tell is not yet taken (nobody on duty, no client with a
 * rate, the seller's details still the placeholders): the administrator's home lists the pending ones with
 * where to take them, instead of empty lists. Each module knows its own step; the shell only shows them.
 */
public interface SetupCheck {

    /** The step, when it is still to be taken; asked each time the administrator's home is shown. */
    Optional<SetupStep> pending();

    /**
     * True for a step the administrator is warned of on every page. Such a check answers from what it
     * read at start-up (the shell asks it once), since it must not cost a query per page.
     */
    default boolean onEveryPage() {
        return false;
    }

    /** What to do ({@code text}, a message key) and where to do it ({@code link}, a page path, or null). */
    record SetupStep(String id, String text, String link) {
    }
}
