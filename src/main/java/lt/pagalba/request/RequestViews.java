package lt.pagalba.request;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.request.RequestView.ClientRef;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PhoneNumber;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.TypedId;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests as they are read (the read model), in plain SQL: one request, the filtered journal, a
 * timeline, the open load of consultants. A client's name is the request's own copy of it (see {@link #request}).
 */
@Repository
class RequestViews {

    // a request with its working group in one row, the lead first (one round trip for one request, as for a page)
    static final String COLUMNS = """
            r.id, r.number, r.status, r.received_at, r.channel, r.urgent, r.client_id, r.contact_id, r.contact_first_name,
            r.contact_last_name, r.contact_position, r.contact_phone, r.contact_email, r.summary, r.description,
            r.requested_consultant, r.requested_honoured, r.requested_outcome, r.missing_items, r.first_contact_at, r.company_name,
            (SELECT coalesce(json_agg(json_build_object('consultant', a.consultant, 'role', a.role,
                      'assignedAtMicros', CAST(extract(epoch FROM a.assigned_at) * 1000000 AS bigint))
                      ORDER BY a.role = 'MEMBER', a.assigned_at, a.consultant), '[]')
             FROM request_assignment a WHERE a.request_id = r.id)::text AS assignments
            """;

    private final JdbcClient jdbc;
    private final ClientDirectory clients;
    private final JsonMapper json;

    RequestViews(JdbcClient jdbc, ClientDirectory clients, JsonMapper json) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.json = json;
    }

    Optional<RequestView> find(RequestId id) {
        return one("r.id = :key", id.value());
    }

    Optional<RequestView> findByNumber(String number) {
        return one("r.number = :key", number);
    }

    /** The client's request with this number or id: another client's is not found, as if it did not exist. */
    Optional<RequestView> findOfClient(ClientId client, String numberOrId) {
        Optional<RequestId> id = TypedId.tryParse(RequestId.class, numberOrId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_request r WHERE r.client_id = :client AND "
                        + (id.isPresent() ? "r.id = :key" : "r.number = :key"))
                .param("client", client.value()).param("key", id.<Object>map(RequestId::value).orElse(numberOrId))
                .query(this::request).optional();
    }

    private Optional<RequestView> one(String condition, Object key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_request r WHERE " + condition).param("key", key)
                .query(this::request).optional();
    }

    /** A request whose client is not confirmed (the public form's), with the client its company text matched. */
    Optional<ClientNotConfirmed> clientNotConfirmed(RequestId id) {
        return jdbc.sql("""
                SELECT company_as_typed, suggested_client_id FROM support_request
                WHERE id = :id AND client_id IS NULL AND company_as_typed IS NOT NULL AND status <> 'AWAITING_INFORMATION'
                """).param("id", id.value())
                .query((rs, n) -> Map.entry(rs.getString(1), Optional.ofNullable(rs.getObject(2, UUID.class)))).optional()
                .map(row -> new ClientNotConfirmed(row.getKey(), row.getValue().map(ClientId::new).flatMap(clients::find)
                        .map(c -> new ClientRef(c.id(), c.name())).orElse(null)));
    }

    /** The registration journal: filtered, searched with the full-text index, in the filter's order. */
    PageOf<RequestView> search(RequestFilter filter, PageOf.Request page) {
        RequestConditions where = RequestConditions.of(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", page.size());
        params.put("offset", page.offset());
        String order = RequestConditions.orderBy(filter);
        List<RequestView> items = jdbc.sql("SELECT " + COLUMNS + " FROM support_request r" + where.sql() + order
                        + " LIMIT :limit OFFSET :offset").params(params).query(this::request).list();
        long total = jdbc.sql("SELECT count(*) FROM support_request r" + where.sql()).params(where.params())
                .query(Long.class).single();
        return new PageOf<>(items, page.page(), page.size(), total);
    }

    List<TimelineEvent> timeline(RequestId id) {
        // a survivor shows the timelines of the duplicates merged into it too: the timeline itself never changes (R11).
        // The ids are one array, so the timeline's index finds each one's events: "request_id = :id OR request_id IN
        // (…)" read all the events there are (a sequential scan of a million rows at scale, issue 18)
        return jdbc.sql("""
                        SELECT occurred_at, actor, kind, details::text FROM request_event
                        WHERE request_id = ANY (CAST(:id AS uuid) || ARRAY(SELECT m.id FROM support_request m WHERE m.merged_into = :id))
                        ORDER BY occurred_at, id""")
                .param("id", id.value())
                .query((rs, n) -> new TimelineEvent(vilnius(rs.getObject(1, OffsetDateTime.class)), rs.getString(2),
                        rs.getString(3), details(rs.getString(4))))
                .list();
    }

    /** The request a duplicate was merged into, if it was (issue 13 item 6). */
    Optional<MergedInto> mergedInto(RequestId id) {
        return jdbc.sql("""
                SELECT s.id, s.number FROM support_request r JOIN support_request s ON s.id = r.merged_into WHERE r.id = :id
                """).param("id", id.value())
                .query((rs, n) -> new MergedInto(new RequestId(rs.getObject(1, UUID.class)), rs.getString(2))).optional();
    }

    /** Where a merged request went: the survivor's id and number. */
    record MergedInto(RequestId id, String number) {
    }

    /** When each of these requests last had an event of these kinds on its timeline; one read for a whole list. */
    Map<RequestId, OffsetDateTime> latestEvents(List<RequestId> ids, Set<String> kinds) {
        Map<RequestId, OffsetDateTime> latest = new HashMap<>();
        if (ids.isEmpty() || kinds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                SELECT request_id, max(occurred_at) FROM request_event
                WHERE request_id = ANY(CAST(:ids AS uuid[])) AND kind = ANY(CAST(:kinds AS text[])) GROUP BY request_id""")
                .param("ids", ids.stream().map(RequestId::text).toArray(String[]::new))
                .param("kinds", kinds.toArray(String[]::new))
                .query(rs -> {
                    latest.put(new RequestId(rs.getObject(1, UUID.class)), vilnius(rs.getObject(2, OffsetDateTime.class)));
                });
        return latest;
    }

    /** Open requests each of these consultants works on, for picking the least loaded (R6). */
    Map<String, Long> openLoad(List<String> consultants) {
        Map<String, Long> load = new LinkedHashMap<>();
        consultants.forEach(c -> load.put(c, 0L));
        if (consultants.isEmpty()) {
            return load;
        }
        jdbc.sql("""
                SELECT a.consultant, count(*) FROM request_assignment a JOIN support_request r ON r.id = a.request_id
                WHERE a.consultant IN (:consultants) AND r.status NOT IN ('RESOLVED', 'CLOSED')
                GROUP BY a.consultant
                """).param("consultants", consultants)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> load.put(e.getKey(), e.getValue()));
        return load;
    }

    /**
     * A row as stored. The client's name is the request's own copy of it ({@code company_name}, V47), which
     * triggers keep equal to the client's name when the request is written and when the client is renamed:
     * a list needs no second read of the clients for their names.
     */
    RequestView request(ResultSet rs, int n) throws SQLException {
        Array missing = rs.getArray("missing_items");
        String outcome = rs.getString("requested_outcome");
        UUID client = rs.getObject("client_id", UUID.class);
        UUID contact = rs.getObject("contact_id", UUID.class);
        String phone = rs.getString("contact_phone");
        String email = rs.getString("contact_email");
        return new RequestView(new RequestId(rs.getObject("id", UUID.class)), rs.getString("number"),
                RequestStatus.valueOf(rs.getString("status")), vilnius(rs.getObject("received_at", OffsetDateTime.class)),
                Channel.valueOf(rs.getString("channel")), rs.getBoolean("urgent"),
                client == null ? null : new ClientRef(new ClientId(client), rs.getString("company_name")),
                new ContactSnapshot(contact == null ? null : new ContactId(contact), rs.getString("contact_first_name"),
                        rs.getString("contact_last_name"), rs.getString("contact_position"),
                        phone == null ? null : new PhoneNumber(phone), email == null ? null : new EmailAddress(email)),
                rs.getString("summary"), rs.getString("description"), rs.getString("requested_consultant"),
                (Boolean) rs.getObject("requested_honoured"), outcome == null ? null : RequestedConsultantOutcome.valueOf(outcome),
                missing == null ? List.of() : Arrays.asList((String[]) missing.getArray()),
                assignments(rs.getString("assignments")),
                vilnius(rs.getObject("first_contact_at", OffsetDateTime.class)));
    }

    /**
     * The working group as {@link #COLUMNS} writes it: a JSON array of objects of three fields, the time
     * in microseconds since the epoch, read token by token. Mapped to records by data binding, with the
     * time as ISO text, it took about 25 µs a row, an eighth of the app's CPU on a journal answer of 50
     * requests (issue 18): the binding found each record's creator, and the text went through a date
     * formatter and the API's date rules, for values the database itself wrote.
     */
    private List<Assignment> assignments(String text) {
        List<Assignment> group = new ArrayList<>(2);
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("Not the working group's array: " + text);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String consultant = null;
                String role = null;
                long assignedAt = 0;
                for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                    parser.nextToken();
                    switch (field) {
                        case "consultant" -> consultant = parser.getString();
                        case "role" -> role = parser.getString();
                        case "assignedAtMicros" -> assignedAt = parser.getLongValue();
                        default -> parser.skipChildren();
                    }
                }
                OffsetDateTime at = Instant.EPOCH.plus(assignedAt, ChronoUnit.MICROS).atZone(Vilnius.ZONE).toOffsetDateTime();
                group.add(new Assignment(consultant, AssignmentRole.valueOf(role), at));
            }
        }
        return List.copyOf(group);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> details(String text) {
        return text == null ? Map.of() : json.readValue(text, Map.class);
    }

    static OffsetDateTime vilnius(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime();
    }
}
