package lt.pagalba.request;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The request tables, in plain SQL. */
@Repository
class SupportRequests {

    private static final String COLUMNS = """
            r.id, r.number, r.status, r.received_at, r.channel, r.urgent, r.client_id, c.name AS client_name,
            r.contact_id, r.contact_first_name, r.contact_last_name, r.contact_position, r.contact_phone,
            r.contact_email, r.summary, r.description, r.requested_consultant, r.requested_honoured,
            r.requested_outcome, r.missing_items
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batchJdbc;
    private final tools.jackson.databind.json.JsonMapper json;

    SupportRequests(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> details(String text) {
        return text == null ? Map.of() : json.readValue(text, Map.class);
    }

    /**
     * Takes {@code count} consecutive numbers of the year and returns the first. The counter row stays
     * locked until the transaction ends, so numbers are gapless and a rolled-back batch gives its
     * numbers back.
     */
    int takeNumbers(int year, int count) {
        int last = jdbc.sql("""
                INSERT INTO request_number (year, last) VALUES (:year, :count)
                ON CONFLICT (year) DO UPDATE SET last = request_number.last + :count
                RETURNING last
                """).param("year", year).param("count", count).query(Integer.class).single();
        return last - count + 1;
    }

    /** Writes a batch of prepared requests under their numbers, with their leads. */
    void insertAll(List<PreparedRequest> batch, List<String> numbers, OffsetDateTime now) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        List<MapSqlParameterSource> leads = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            PreparedRequest r = batch.get(i);
            ContactSnapshot c = r.contact();
            rows.add(new MapSqlParameterSource()
                    .addValue("id", r.id()).addValue("number", numbers.get(i)).addValue("receivedAt", r.receivedAt())
                    .addValue("channel", r.channel().name()).addValue("clientId", r.clientId())
                    .addValue("contactId", r.contactId()).addValue("firstName", c.firstName())
                    .addValue("lastName", c.lastName()).addValue("position", c.position()).addValue("phone", c.phone())
                    .addValue("email", c.email()).addValue("summary", r.summary()).addValue("description", r.description())
                    .addValue("urgent", r.urgent()).addValue("requested", r.requestedConsultant())
                    .addValue("honoured", r.requestedOutcome() == null ? null : r.requestedOutcome() == RequestedConsultantOutcome.HONOURED)
                    .addValue("outcome", r.requestedOutcome() == null ? null : r.requestedOutcome().name())
                    .addValue("status", r.status().name())
                    .addValue("missing", r.missingItems().toArray(new String[0]), java.sql.Types.ARRAY)
                    .addValue("by", r.registeredBy()));
            if (r.lead() != null) {
                leads.add(new MapSqlParameterSource().addValue("id", r.id()).addValue("consultant", r.lead())
                        .addValue("at", now).addValue("by", r.registeredBy()));
            }
        }
        batchJdbc.batchUpdate("""
                INSERT INTO support_request (id, number, received_at, channel, client_id, contact_id, contact_first_name,
                  contact_last_name, contact_position, contact_phone, contact_email, summary, description, urgent,
                  requested_consultant, requested_honoured, requested_outcome, status, missing_items, registered_by)
                VALUES (:id, :number, :receivedAt, :channel, :clientId, :contactId, :firstName, :lastName, :position,
                  :phone, :email, :summary, :description, :urgent, :requested, :honoured, :outcome, :status, :missing, :by)
                """, rows.toArray(new MapSqlParameterSource[0]));
        if (!leads.isEmpty()) {
            batchJdbc.batchUpdate("""
                    INSERT INTO request_assignment (request_id, consultant, role, assigned_at, assigned_by)
                    VALUES (:id, :consultant, 'LEAD', :at, :by)
                    """, leads.toArray(new MapSqlParameterSource[0]));
        }
    }

    record NewEvent(UUID requestId, String actor, String kind, String detailsJson) {
    }

    void eventAll(List<NewEvent> events) {
        batchJdbc.batchUpdate("INSERT INTO request_event (request_id, actor, kind, details) VALUES (:id, :actor, :kind, CAST(:details AS jsonb))",
                events.stream().map(e -> new MapSqlParameterSource().addValue("id", e.requestId()).addValue("actor", e.actor())
                        .addValue("kind", e.kind()).addValue("details", e.detailsJson())).toArray(MapSqlParameterSource[]::new));
    }

    void recordRequestedOutcome(UUID id, RequestedConsultantOutcome outcome) {
        jdbc.sql("UPDATE support_request SET requested_honoured = :honoured, requested_outcome = :outcome WHERE id = :id")
                .param("honoured", outcome == RequestedConsultantOutcome.HONOURED).param("outcome", outcome.name())
                .param("id", id).update();
    }

    void setStatus(UUID id, RequestStatus status) {
        jdbc.sql("UPDATE support_request SET status = :status WHERE id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    void completeInformation(UUID id, UUID clientId, UUID contactId, ContactSnapshot contact, String summary,
                             List<String> stillMissing) {
        jdbc.sql("""
                UPDATE support_request SET client_id = :clientId, contact_id = :contactId, contact_first_name = :firstName,
                  contact_last_name = :lastName, contact_position = :position, contact_phone = :phone,
                  contact_email = :email, summary = :summary, missing_items = :missing
                WHERE id = :id
                """)
                .param("id", id).param("clientId", clientId).param("contactId", contactId)
                .param("firstName", contact.firstName()).param("lastName", contact.lastName())
                .param("position", contact.position()).param("phone", contact.phone()).param("email", contact.email())
                .param("summary", summary).param("missing", stillMissing.toArray(new String[0])).update();
    }

    /** Locks the request row for a state change; concurrent changes of one request queue up. */
    Optional<RequestView> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_request r LEFT JOIN client c ON c.id = r.client_id WHERE r.id = :id FOR UPDATE OF r")
                .param("id", id).query(this::request).optional().map(this::withAssignments);
    }

    Optional<RequestView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_request r LEFT JOIN client c ON c.id = r.client_id WHERE r.id = :id")
                .param("id", id).query(this::request).optional().map(this::withAssignments);
    }

    Optional<RequestView> findByNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_request r LEFT JOIN client c ON c.id = r.client_id WHERE r.number = :n")
                .param("n", number).query(this::request).optional().map(this::withAssignments);
    }

    /** The registration journal: filtered, searched with the full-text index, newest first. */
    PageOf<RequestView> search(RequestFilter f, PageOf.Request page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (f.clientId() != null) {
            where.append(" AND r.client_id = :clientId");
            params.put("clientId", f.clientId());
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
        params.put("limit", page.size());
        params.put("offset", page.offset());
        String order = f.urgentFirst() ? " ORDER BY r.urgent DESC, r.received_at DESC, r.number DESC" : " ORDER BY r.received_at DESC, r.number DESC";
        List<RequestView> items = jdbc.sql("SELECT " + COLUMNS + " FROM support_request r LEFT JOIN client c ON c.id = r.client_id"
                        + where + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(this::request).list();
        long total = jdbc.sql("SELECT count(*) FROM support_request r" + where).params(params).query(Long.class).single();
        return new PageOf<>(withAssignments(items), page.page(), page.size(), total);
    }

    // assignments

    List<Assignment> assignments(UUID requestId) {
        return jdbc.sql("""
                SELECT consultant, role, assigned_at FROM request_assignment WHERE request_id = :id
                ORDER BY role = 'MEMBER', assigned_at, consultant
                """).param("id", requestId).query(SupportRequests::assignment).list();
    }

    void assign(UUID requestId, String consultant, AssignmentRole role, String by) {
        jdbc.sql("""
                INSERT INTO request_assignment (request_id, consultant, role, assigned_at, assigned_by)
                VALUES (:id, :consultant, :role, now(), :by)
                ON CONFLICT (request_id, consultant) DO UPDATE SET role = excluded.role
                """).param("id", requestId).param("consultant", consultant).param("role", role.name()).param("by", by)
                .update();
    }

    void demoteLead(UUID requestId) {
        jdbc.sql("UPDATE request_assignment SET role = 'MEMBER' WHERE request_id = :id AND role = 'LEAD'")
                .param("id", requestId).update();
    }

    boolean unassign(UUID requestId, String consultant) {
        return jdbc.sql("DELETE FROM request_assignment WHERE request_id = :id AND consultant = :c")
                .param("id", requestId).param("c", consultant).update() > 0;
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

    // timeline

    void event(UUID requestId, String actor, String kind, String detailsJson) {
        jdbc.sql("INSERT INTO request_event (request_id, actor, kind, details) VALUES (:id, :actor, :kind, CAST(:details AS jsonb))")
                .param("id", requestId).param("actor", actor).param("kind", kind).param("details", detailsJson).update();
    }

    List<TimelineEvent> timeline(UUID requestId) {
        return jdbc.sql("SELECT occurred_at, actor, kind, details::text FROM request_event WHERE request_id = :id ORDER BY occurred_at, id")
                .param("id", requestId)
                .query((rs, n) -> new TimelineEvent(vilnius(rs.getObject(1, OffsetDateTime.class)), rs.getString(2),
                        rs.getString(3), details(rs.getString(4))))
                .list();
    }

    private RequestView withAssignments(RequestView r) {
        return new RequestView(r.id(), r.number(), r.status(), r.receivedAt(), r.channel(), r.urgent(), r.client(),
                r.contact(), r.summary(), r.description(), r.requestedConsultant(), r.requestedConsultantHonoured(),
                r.requestedConsultantOutcome(), r.missingItems(), assignments(UUID.fromString(r.id())));
    }

    /** Assignments of a whole page in one query. */
    private List<RequestView> withAssignments(List<RequestView> requests) {
        if (requests.isEmpty()) {
            return requests;
        }
        Map<String, List<Assignment>> byRequest = new HashMap<>();
        jdbc.sql("""
                SELECT request_id, consultant, role, assigned_at FROM request_assignment WHERE request_id IN (:ids)
                ORDER BY role = 'MEMBER', assigned_at, consultant
                """).param("ids", requests.stream().map(r -> UUID.fromString(r.id())).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), assignment(rs, n))).list()
                .forEach(e -> byRequest.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return requests.stream().map(r -> new RequestView(r.id(), r.number(), r.status(), r.receivedAt(), r.channel(),
                r.urgent(), r.client(), r.contact(), r.summary(), r.description(), r.requestedConsultant(),
                r.requestedConsultantHonoured(), r.requestedConsultantOutcome(), r.missingItems(),
                byRequest.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Assignment assignment(ResultSet rs, int n) throws SQLException {
        return new Assignment(rs.getString("consultant"), AssignmentRole.valueOf(rs.getString("role")),
                vilnius(rs.getObject("assigned_at", OffsetDateTime.class)));
    }

    private RequestView request(ResultSet rs, int n) throws SQLException {
        Array missing = rs.getArray("missing_items");
        String outcome = rs.getString("requested_outcome");
        return new RequestView(rs.getString("id"), rs.getString("number"), RequestStatus.valueOf(rs.getString("status")),
                vilnius(rs.getObject("received_at", OffsetDateTime.class)), Channel.valueOf(rs.getString("channel")),
                rs.getBoolean("urgent"), rs.getString("client_id") == null ? null
                        : new RequestView.ClientRef(rs.getString("client_id"), rs.getString("client_name")),
                new ContactSnapshot(rs.getString("contact_id"), rs.getString("contact_first_name"),
                        rs.getString("contact_last_name"), rs.getString("contact_position"), rs.getString("contact_phone"),
                        rs.getString("contact_email")),
                rs.getString("summary"), rs.getString("description"), rs.getString("requested_consultant"),
                (Boolean) rs.getObject("requested_honoured"), outcome == null ? null : RequestedConsultantOutcome.valueOf(outcome),
                missing == null ? List.of() : Arrays.asList((String[]) missing.getArray()), List.of());
    }

    static OffsetDateTime vilnius(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime();
    }

}
