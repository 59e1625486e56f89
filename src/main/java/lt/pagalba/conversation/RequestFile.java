package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A file on the request as its list of files shows it: the client's (from an e-mail) and staff's
 * (from a reply or a note) together, oldest first, each with where it came from and the entry it
 * belongs to on the conversation, so nobody has to scroll through a long conversation to find one.
 */
record RequestFile(String name, long size, String href, String source, OffsetDateTime at, String who, String entry) {

    /** The files of the conversation's entries, in the entries' order; {@code source} EMAIL, REPLY or NOTE. */
    static List<RequestFile> of(List<ConversationEntry> entries) {
        List<RequestFile> files = new ArrayList<>();
        for (ConversationEntry e : entries) {
            if (e instanceof ConversationEntry.Email email) {
                email.mail().files().forEach(f -> files.add(new RequestFile(f.name(), f.size(), "/mail/attachments/" + f.id(),
                        "EMAIL", e.at(), e.who(), "email-" + email.mail().id())));
            } else if (e instanceof ConversationEntry.Written written) {
                Message m = written.message();
                m.files().forEach(f -> files.add(new RequestFile(f.name(), f.size(), "/message-files/" + f.id(),
                        m.kind().name(), e.at(), e.who(), "message-" + m.id())));
            }
        }
        return files;
    }
}
