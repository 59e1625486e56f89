package lt.pagalba.conversation;

import lt.pagalba.request.RequestStatus;
import lt.pagalba.request.RequestView;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ConflictException;
import lt.pagalba.shared.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may write on a request's conversation (reply, note, call, resend): a consultant on the request,
 * lead or member, or an administrator; every staff member reads it. A closed request takes nothing more.
 */
final class Writers {

    private Writers() {
    }

    static boolean mayWrite(RequestView request, Actor actor) {
        return actor.hasRole(Role.ADMINISTRATOR) || request.isAssigned(actor.name());
    }

    /** Refuses (403) whoever may not write, then (409) a closed request. */
    static void require(RequestView request, Actor actor) {
        if (!mayWrite(request, actor)) {
            throw new AccessDeniedException("Only consultants on the request and administrators write on it");
        }
        if (request.status() == RequestStatus.CLOSED) {
            throw new ConflictException("conversation.closed", request.number());
        }
    }
}
