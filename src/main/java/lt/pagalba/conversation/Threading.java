package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * How a reply threads to the request's e-mails (RFC 5322): {@code In-Reply-To} names the newest e-mail
 * of the conversation, the client's or Pagalba's, and {@code References} the conversation's e-mails
 * oldest first, the first one and the newest ones when there are many (mail clients thread by both).
 */
record Threading(String inReplyTo, String references) {

    /** An e-mail of the conversation: its Message-ID and when it was written. */
    record Mail(String messageId, OffsetDateTime at) {
    }

    static final Threading NONE = new Threading(null, null);
    private static final int MAX_REFERENCES = 20;

    static Threading of(List<Mail> mails) {
        List<String> ids = new ArrayList<>(mails.stream().filter(m -> m.messageId() != null && !m.messageId().isBlank())
                .sorted(Comparator.comparing(Mail::at)).map(m -> m.messageId().strip())
                .collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll));
        if (ids.isEmpty()) {
            return NONE;
        }
        if (ids.size() > MAX_REFERENCES) {
            List<String> kept = new ArrayList<>(List.of(ids.get(0)));
            kept.addAll(ids.subList(ids.size() - MAX_REFERENCES + 1, ids.size()));
            ids = kept;
        }
        return new Threading(ids.get(ids.size() - 1), String.join(" ", ids));
    }
}
