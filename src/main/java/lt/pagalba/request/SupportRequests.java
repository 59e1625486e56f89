package lt.pagalba.request;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.RequestId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves {@link SupportRequest}s, in plain SQL: the request row, its working group and the
 * entries its history adds to the timeline. Registrations are written in batches (see {@link Registrar}).
 */
@Repository
class SupportRequests {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batchJdbc;
    private final RequestViews views;
    private final JsonMapper json;

    SupportRequests(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc, RequestViews views, JsonMapper json) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.views = views;
        this.json = json;
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

    /** Writes newly registered requests: their rows, their leads and their timelines, one statement each. */
    void insertAll(List<SupportRequest> registered) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        List<MapSqlParameterSource> leads = new ArrayList<>();
        List<TimelineEntry> entries = new ArrayList<>();
        for (SupportRequest request : registered) {
            rows.add(row(request.view()).addValue("by", request.registeredBy()));
            for (WorkingGroup.Write write : request.groupWrites()) {
                if (write instanceof WorkingGroup.Placed lead) {
                    leads.add(placed(request.id().value(), lead));
                }
            }
            entries.addAll(request.history().entries());
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
                    VALUES (:id, :consultant, :role, :at, :by)
                    """, leads.toArray(new MapSqlParameterSource[0]));
        }
        addEntries(entries);
    }

    /**
     * Keeps, for the requests of a batch whose client is not confirmed (the public form's), the company as
     * typed and the client it seemed to mean, for the administrator to confirm.
     */
    void keepCompaniesAsTyped(List<PreparedRequest> batch) {
        batch.stream().filter(PreparedRequest::clientNotConfirmed)
                .forEach(r -> keepCompanyAsTyped(r.id(), r.request().companyName(), r.suggested()));
    }

    void keepCompanyAsTyped(RequestId id, String company, RequestView.ClientRef suggested) {
        jdbc.sql("UPDATE support_request SET company_as_typed = :company, suggested_client_id = :suggested WHERE id = :id")
                .param("company", company.trim()).param("suggested", suggested == null ? null : suggested.id().value())
                .param("id", id.value()).update();
    }

    /** The company a request without a client was given as typed, if any. */
    Optional<String> companyAsTyped(RequestId id) {
        return jdbc.sql("SELECT company_as_typed FROM support_request WHERE id = :id AND company_as_typed IS NOT NULL")
                .param("id", id.value()).query(String.class).optional();
    }

    /** Locks the request row for a change; concurrent changes of one request queue up. */
    Optional<SupportRequest> lock(RequestId id) {
        return lockAll(List.of(id)).stream().findFirst();
    }

    /**
     * Locks several request rows in the order of their ids (a merge locks both of its requests), so two
     * instances locking the same pair cannot deadlock.
     */
    List<SupportRequest> lockAll(List<RequestId> ids) {
        return jdbc.sql("SELECT " + RequestViews.COLUMNS + ", r.registered_by, r.merged_into FROM support_request r"
                        + " WHERE r.id IN (:ids) ORDER BY r.id FOR UPDATE")
                .param("ids", ids.stream().map(RequestId::value).toList())
                .query((rs, n) -> new Stored(views.request(rs, n), rs.getString("registered_by"), rs.getObject("merged_into", UUID.class)))
                .list().stream()
                .map(stored -> new SupportRequest(stored.request(), stored.registeredBy(),
                        stored.mergedInto() == null ? null : new RequestId(stored.mergedInto()))).toList();
    }

    private record Stored(RequestView request, String registeredBy, UUID mergedInto) {
    }

    /** Saves what changed: the row, the working group in the order it changed, and the new timeline entries. */
    void save(SupportRequest request) {
        if (request.history().entries().isEmpty()) {
            return; // every change leaves an entry on the timeline: no entry, nothing changed
        }
        RequestView now = request.view();
        jdbc.sql("""
                UPDATE support_request SET status = :status, client_id = :clientId, contact_id = :contactId,
                  contact_first_name = :firstName, contact_last_name = :lastName, contact_position = :position,
                  contact_phone = :phone, contact_email = :email, summary = :summary, description = :description,
                  channel = :channel, urgent = :urgent, missing_items = :missing,
                  requested_honoured = :honoured, requested_outcome = :outcome, first_contact_at = :firstContact
                WHERE id = :id
                """).paramSource(row(now)).update();
        request.mergedInto().ifPresent(survivor -> jdbc.sql("UPDATE support_request SET merged_into = :survivor WHERE id = :id")
                .param("survivor", survivor.value()).param("id", now.id().value()).update());
        for (WorkingGroup.Write write : request.groupWrites()) {
            if (write instanceof WorkingGroup.Placed placed) {
                batchJdbc.update("""
                        INSERT INTO request_assignment (request_id, consultant, role, assigned_at, assigned_by)
                        VALUES (:id, :consultant, :role, :at, :by)
                        ON CONFLICT (request_id, consultant) DO UPDATE SET role = excluded.role
                        """, placed(now.id().value(), placed));
            } else if (write instanceof WorkingGroup.Removed removed) {
                jdbc.sql("DELETE FROM request_assignment WHERE request_id = :id AND consultant = :consultant")
                        .param("id", now.id().value()).param("consultant", removed.consultant()).update();
            }
        }
        addEntries(request.history().entries());
    }

    /** Adds entries to timelines, all in one statement. */
    void addEntries(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batchJdbc.batchUpdate("INSERT INTO request_event (request_id, actor, kind, details) VALUES (:id, :actor, :kind, CAST(:details AS jsonb))",
                entries.stream().map(e -> new MapSqlParameterSource().addValue("id", e.requestId().value())
                        .addValue("actor", e.actor()).addValue("kind", e.kind())
                        .addValue("details", json.writeValueAsString(e.details()))).toArray(MapSqlParameterSource[]::new));
    }

    private static MapSqlParameterSource row(RequestView r) {
        ContactSnapshot c = r.contact();
        return new MapSqlParameterSource()
                .addValue("id", r.id().value()).addValue("number", r.number()).addValue("receivedAt", r.receivedAt())
                .addValue("channel", r.channel().name()).addValue("clientId", r.client() == null ? null : r.client().id().value())
                .addValue("contactId", c.id() == null ? null : c.id().value()).addValue("firstName", c.firstName())
                .addValue("lastName", c.lastName()).addValue("position", c.position())
                .addValue("phone", c.phone() == null ? null : c.phone().e164())
                .addValue("email", c.email() == null ? null : c.email().value())
                .addValue("summary", r.summary()).addValue("description", r.description()).addValue("urgent", r.urgent())
                .addValue("requested", r.requestedConsultant()).addValue("honoured", r.requestedConsultantHonoured())
                .addValue("outcome", r.requestedConsultantOutcome() == null ? null : r.requestedConsultantOutcome().name())
                .addValue("status", r.status().name()).addValue("firstContact", r.firstContactAt())
                .addValue("missing", r.missingItems().toArray(new String[0]), Types.ARRAY);
    }

    private static MapSqlParameterSource placed(UUID requestId, WorkingGroup.Placed placed) {
        return new MapSqlParameterSource().addValue("id", requestId).addValue("consultant", placed.consultant())
                .addValue("role", placed.role().name()).addValue("at", placed.at()).addValue("by", placed.by());
    }
}
