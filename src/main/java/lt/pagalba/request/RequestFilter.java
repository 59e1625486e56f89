package lt.pagalba.request;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import lt.pagalba.shared.ClientId;

/**
 * What the registration journal is narrowed to (null means "any") and in which order it is listed:
 * newest first unless {@code sort} says otherwise; {@code urgentFirst} puts urgent ones before the rest.
 */
public record RequestFilter(ClientId clientId, Set<RequestStatus> status, Channel channel, Boolean urgent, String consultant,
                            boolean unassigned, LocalDate from, LocalDate to, String q, boolean urgentFirst,
                            boolean notContacted, Sort sort) {

    /** The columns the journal can be sorted by. */
    public enum Column {
        NUMBER("number"), RECEIVED("receivedAt"), CLIENT("client"), SUMMARY("summary"), STATUS("status"), LEAD("lead"),
        /** Those nobody has contacted yet first, then the earliest contacted. */
        FIRST_CONTACT("firstContactAt");

        private final String parameter;

        Column(String parameter) {
            this.parameter = parameter;
        }

        /** The name of the column in a {@code sort} parameter. */
        public String parameter() {
            return parameter;
        }
    }

    /** A column and its direction. */
    public record Sort(Column column, boolean descending) {

        /** Newest first, the journal's usual order. */
        public static final Sort NEWEST = new Sort(Column.RECEIVED, true);
        /** Oldest first: who has waited longest. */
        public static final Sort OLDEST = new Sort(Column.RECEIVED, false);

        /**
         * The order a {@code sort} and a {@code direction} ({@code asc}, {@code desc}) name; without a direction
         * the received time is newest first and every other column ascending, as the journal always listed them.
         */
        public static Optional<Sort> named(String sort, String direction) {
            if (direction != null && !direction.isBlank() && !direction.equals("asc") && !direction.equals("desc")) {
                return Optional.empty();
            }
            String name = sort == null || sort.isBlank() ? Column.RECEIVED.parameter() : sort;
            return Arrays.stream(Column.values()).filter(c -> c.parameter().equals(name)).findFirst()
                    .map(c -> new Sort(c, direction == null || direction.isBlank() ? c == Column.RECEIVED : direction.equals("desc")));
        }

        /** The {@code direction} parameter of this order. */
        public String direction() {
            return descending ? "desc" : "asc";
        }
    }

    public RequestFilter {
        sort = sort == null ? Sort.NEWEST : sort;
    }

    /** A filter in the usual order, newest first. */
    public RequestFilter(ClientId clientId, Set<RequestStatus> status, Channel channel, Boolean urgent, String consultant,
                         boolean unassigned, LocalDate from, LocalDate to, String q, boolean urgentFirst) {
        this(clientId, status, channel, urgent, consultant, unassigned, from, to, q, urgentFirst, false, Sort.NEWEST);
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
                notContacted, sort);
    }

    public RequestFilter withStatus(Set<RequestStatus> statuses) {
        return new RequestFilter(clientId, statuses, channel, urgent, consultant, unassigned, from, to, q, urgentFirst,
                notContacted, sort);
    }

    public RequestFilter withUrgent(boolean urgentOnes) {
        return new RequestFilter(clientId, status, channel, urgentOnes, consultant, unassigned, from, to, q, urgentFirst,
                notContacted, sort);
    }

    /** Requests nobody leads yet. */
    public RequestFilter withoutLead() {
        return new RequestFilter(clientId, status, channel, urgent, consultant, true, from, to, q, urgentFirst,
                notContacted, sort);
    }

    /** Requests this consultant leads or helps on, the urgent ones first. */
    public RequestFilter workedOnBy(String username) {
        return new RequestFilter(clientId, status, channel, urgent, username, unassigned, from, to, q, true,
                notContacted, sort);
    }

    /** Requests staff have neither replied to nor called about yet. */
    public RequestFilter withoutFirstContact() {
        return new RequestFilter(clientId, status, channel, urgent, consultant, unassigned, from, to, q, urgentFirst,
                true, sort);
    }

    public RequestFilter orderedBy(Sort newSort) {
        return new RequestFilter(clientId, status, channel, urgent, consultant, unassigned, from, to, q, urgentFirst,
                notContacted, newSort);
    }
}
