package lt.pagalba.request;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import lt.pagalba.shared.ClientId;

/** What the registration journal is narrowed to; null means "any". */
public record RequestFilter(ClientId clientId, Set<RequestStatus> status, Channel channel, Boolean urgent, String consultant,
                            boolean unassigned, LocalDate from, LocalDate to, String q, boolean urgentFirst) {

    /** Every request; the methods below narrow it. */
    public static RequestFilter any() {
        return new RequestFilter(null, null, null, null, null, false, null, null, null, false);
    }

    /** Requests not yet resolved. */
    public RequestFilter open() {
        Set<RequestStatus> open = EnumSet.noneOf(RequestStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            if (s.isOpen()) {
                open.add(s);
            }
        }
        return new RequestFilter(clientId, open, channel, urgent, consultant, unassigned, from, to, q, urgentFirst);
    }

    public RequestFilter withUrgent(boolean urgentOnes) {
        return new RequestFilter(clientId, status, channel, urgentOnes, consultant, unassigned, from, to, q, urgentFirst);
    }

    /** Requests nobody leads yet. */
    public RequestFilter withoutLead() {
        return new RequestFilter(clientId, status, channel, urgent, consultant, true, from, to, q, urgentFirst);
    }

    /** Requests this consultant leads or helps on, the urgent ones first. */
    public RequestFilter workedOnBy(String username) {
        return new RequestFilter(clientId, status, channel, urgent, username, unassigned, from, to, q, true);
    }
}
