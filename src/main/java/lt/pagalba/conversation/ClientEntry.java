package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import lt.pagalba.request.RequestStatus;

/**
 * One entry of a request's public conversation, as its client may read it: their own e-mail (or what
 * they added on the portal), a staff reply, or a change of the request's status. Nothing staff keep
 * to themselves is in it: no notes, no calls, no delivery state, no addresses, no status notes.
 *
 * @param kind    EMAIL (the client's), REPLY (staff's) or STATUS
 * @param who     the sender's name for an e-mail, the staff member's for a reply; null for a status
 * @param status  the status the request moved to (or was registered in), for a STATUS entry only
 */
public record ClientEntry(String kind, OffsetDateTime at, String who, String subject, String text, RequestStatus status,
                          List<File> files) {

    /** A file of the entry; downloaded through the request it is on. */
    public record File(String id, String name, long size) {
    }

    public ClientEntry {
        files = List.copyOf(files);
    }
}
