package lt.pagalba.request;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import lt.pagalba.shared.Vilnius;

/** A {@link RequestFilter} as the SQL {@code WHERE} of the journal's query, with its parameters. */
record RequestConditions(String sql, Map<String, Object> params) {

    // statuses sort in the order a request goes through them, not by their names
    private static final String LIFECYCLE = Arrays.stream(RequestStatus.values()).map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "[", "]::text[]"));
    private static final String LEAD = "(SELECT a.consultant FROM request_assignment a WHERE a.request_id = r.id AND a.role = 'LEAD')";

    static RequestConditions of(RequestFilter f) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (f.clientId() != null) {
            where.append(" AND r.client_id = :clientId");
            params.put("clientId", f.clientId().value());
        }
        if (f.status() != null && !f.status().isEmpty()) {
            where.append(" AND r.status IN (:statuses)");
            params.put("statuses", f.status().stream().map(Enum::name).toList());
        }
        if (f.channel() != null) {
            where.append(" AND r.channel = :channel");
            params.put("channel", f.channel().name());
        }
        if (f.urgent() != null) {
            where.append(" AND r.urgent = :urgent");
            params.put("urgent", f.urgent());
        }
        if (f.consultant() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM request_assignment a WHERE a.request_id = r.id AND a.consultant = :consultant)");
            params.put("consultant", f.consultant());
        }
        if (f.unassigned()) {
            where.append(" AND NOT EXISTS (SELECT 1 FROM request_assignment a WHERE a.request_id = r.id AND a.role = 'LEAD')");
        }
        if (f.notContacted()) {
            where.append(" AND r.first_contact_at IS NULL");
        }
        if (f.from() != null) {
            where.append(" AND r.received_at >= :from");
            params.put("from", f.from().atStartOfDay(Vilnius.ZONE).toOffsetDateTime());
        }
        if (f.to() != null) {
            where.append(" AND r.received_at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(Vilnius.ZONE).toOffsetDateTime());
        }
        String query = RequestSearchQuery.of(f.q());
        if (query != null) {
            where.append(" AND r.search @@ to_tsquery('simple', :query)");
            params.put("query", query);
        }
        return new RequestConditions(where.toString(), Map.copyOf(params));
    }

    /**
     * The journal's {@code ORDER BY}: the filter's column and direction, then (unless the column is unique
     * already) newest first, so that equal values keep one order from page to page; requests without a
     * value (no client, no lead) last.
     */
    static String orderBy(RequestFilter f) {
        String direction = f.sort().descending() ? " DESC" : "";
        String column = switch (f.sort().column()) {
            case NUMBER -> "r.number" + direction;
            case RECEIVED -> "r.received_at" + direction + ", r.number" + direction;
            case CLIENT -> "r.company_name" + direction + " NULLS LAST";
            case SUMMARY -> "r.summary" + direction + " NULLS LAST";
            case STATUS -> "array_position(ARRAY" + LIFECYCLE + ", r.status)" + direction;
            case LEAD -> LEAD + direction + " NULLS LAST";
            case FIRST_CONTACT -> "r.first_contact_at" + direction + (f.sort().descending() ? " NULLS LAST" : " NULLS FIRST");
        };
        boolean unique = f.sort().column() == RequestFilter.Column.NUMBER || f.sort().column() == RequestFilter.Column.RECEIVED;
        return " ORDER BY " + (f.urgentFirst() ? "r.urgent DESC, " : "") + column + (unique ? "" : ", r.received_at DESC, r.number DESC");
    }
}
