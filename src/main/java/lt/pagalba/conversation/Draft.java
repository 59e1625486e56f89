package lt.pagalba.conversation;

import java.util.List;
import java.util.Optional;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.WorkCategory;

/**
 * A message that keeps the rules, ready to be written: a reply has its recipients and a subject with
 * the request number; a note has neither. {@code work} is the time to log in the same step.
 */
record Draft(MessageKind kind, List<EmailAddress> to, List<EmailAddress> cc, String subject, String body,
             Optional<Work> work) {

    /** The work entry a reply logs: mode EMAIL, today, the author. */
    record Work(int minutes, WorkCategory category, String description) {
    }

    Draft {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    boolean isReply() {
        return kind == MessageKind.REPLY;
    }
}
