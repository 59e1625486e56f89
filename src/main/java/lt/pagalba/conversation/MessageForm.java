package lt.pagalba.conversation;

import java.util.List;
import lt.pagalba.shared.WorkCategory;

/**
 * A message as the API (or the reply box) gives it, before its rules are checked ({@link MessageRules}):
 * nothing here is trusted yet; null means not given.
 */
record MessageForm(MessageKind kind, List<String> to, List<String> cc, String subject, String body, WorkPart workEntry) {

    /** The time to log with a reply: minutes, and optionally the category and what was done. */
    record WorkPart(Integer minutes, WorkCategory category, String description) {
    }

    MessageForm {
        to = to == null ? List.of() : to;
        cc = cc == null ? List.of() : cc;
    }
}
