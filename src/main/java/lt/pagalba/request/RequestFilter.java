package lt.pagalba.request;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.shared.ClientId;

/**
 * What the registration journal is narrowed to (null means "any") and in which order it is listed:
 * newest first unless {@code order} says otherwise; {@code urgentFirst} puts urgent ones before the rest.
 */
public record RequestFilter(ClientId clientId, Set<RequestStatus> status, Channel channel, Boolean urgent, String consultant,
                            boolean unassigned, LocalDate from, LocalDate to, String q, boolean urgentFirst,
                            boolean notContacted, Order order) {

    /** The orders of the journal. */
    public enum Order {
        /** Newest first (received). */
        NEWEST,
        /** Oldest first (received): who has waited longest. */
        OLDEST,
        /** By the first contact: those nobody has contacted yet first (oldest first), then the earliest contacted. */
        FIRST_CONTACT;

        /** The order a {@code sort} parameter names: {@code receivedAt} (the default) or {@code firstContactAt}. */
        public static Optional<Order> named(String sort) {
            if (sort == null || sort.isBlank() || sort.equals("receivedAt")) {
                return Optional.of(NEWEST);
            }
            return sort.equals("firstContactAt") ? Optional.of(FIRST_CONTACT) : Optional.empty();
        }
    }

    public RequestFilter {
        order = order == null ? Order.NEWEST : order;
    }

    /** A filter in the usual order, newest first. */
    public RequestFilter(ClientId clientId, Set<RequestStatus> status, Channel channel, Boolean urgent, String consultant,
                         boolean unassigned, LocalDate from, LocalDate to, String q, boolean urgentFirst) {
        this(clientId, status, channel, urgent, consultant, unassigned, from, to, q, urgentFirst, false, Order.NEWEST);
    }

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
        return withStatus(open);
    }

    /** Requests of this client. */
    public RequestFilter forClient(ClientId client) {
        return new RequestFilter(client, status, channel, urgent, consultant, unassigned, from, to, q, urgentFirst,
                notContacted, order);
    }

    public RequestFilter withStatus(Set<RequestStatus> statuses) {
        return new RequestFilter(clientId, statuses, channel, urgent, consultant, unassigned, from, to, q, urgentFirst,
                notContacted, order);
    }

    public RequestFilter withUrgent(boolean urgentOnes) {
        return new RequestFilter(clientId, status, channel, urgentOnes, consultant, unassigned, from, to, q, urgentFirst,
                notContacted, order);
    }

    /** Requests nobody leads yet. */
    public RequestFilter withoutLead() {
        return new RequestFilter(clientId, status, channel, urgent, consultant, true, from, to, q, urgentFirst,
                notContacted, order);
    }

    /** Requests this consultant leads or helps on, the urgent ones first. */
    public RequestFilter workedOnBy(String username) {
        return new RequestFilter(clientId, status, channel, urgent, username, unassigned, from, to, q, true,
                notContacted, order);
    }

    /** Requests staff have neither replied to nor called about yet. */
    public RequestFilter withoutFirstContact() {
        return new RequestFilter(clientId, status, channel, urgent, consultant, unassigned, from, to, q, urgentFirst,
                true, order);
    }

    public RequestFilter orderedBy(Order newOrder) {
        return new RequestFilter(clientId, status, channel, urgent, consultant, unassigned, from, to, q, urgentFirst,
                notContacted, newOrder);
    }
}
