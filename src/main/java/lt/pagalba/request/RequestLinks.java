package lt.pagalba.request;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.TypedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Related requests (issue 13 item 6), not duplicates: a link is symmetric and kept once (the smaller id
 * first), so linking again changes and records nothing. A new link or its removal is written on both
 * timelines and audited. The administrator and the consultants of the request link and unlink.
 */
@Service
class RequestLinks {

    /** A linked request as both pages and the API show it. */
    record LinkedRequest(RequestId id, String number, String summary, RequestStatus status) {
    }

    private final JdbcClient jdbc;
    private final RequestViews views;
    private final SupportRequests requests;
    private final AuditTrail audit;

    RequestLinks(JdbcClient jdbc, RequestViews views, SupportRequests requests, AuditTrail audit) {
        this.jdbc = jdbc;
        this.views = views;
        this.requests = requests;
        this.audit = audit;
    }

    /** The request named by its id or its number ({@code 2026-000123}); 422 naming the field when there is none. */
    RequestView named(String field, String idOrNumber) {
        if (Text.isBlank(idOrNumber)) {
            throw new InvalidInputException(FieldProblem.required(field));
        }
        String text = idOrNumber.trim();
        return TypedId.tryParse(RequestId.class, text).flatMap(views::find).or(() -> views.findByNumber(text))
                .orElseThrow(() -> new InvalidInputException(FieldProblem.invalid(field, "request.link.unknown", text)));
    }

    @Transactional
    LinkedRequest link(RequestId id, String other, Actor actor) {
        RequestView request = mayLink(id, actor);
        RequestView linked = named("request", other);
        if (linked.id().equals(request.id())) {
            throw new InvalidInputException(FieldProblem.invalid("request", "request.link.self", request.number()));
        }
        UUID[] pair = pair(request.id(), linked.id());
        int added = jdbc.sql("""
                INSERT INTO request_link (low_id, high_id, linked_by) VALUES (:low, :high, :by) ON CONFLICT DO NOTHING
                """).param("low", pair[0]).param("high", pair[1]).param("by", actor.name()).update();
        if (added > 0) {
            written("LINKED", request, linked, actor);
        }
        return new LinkedRequest(linked.id(), linked.number(), linked.summary(), linked.status());
    }

    @Transactional
    void unlink(RequestId id, RequestId other, Actor actor) {
        RequestView request = mayLink(id, actor);
        UUID[] pair = pair(id, other);
        int removed = jdbc.sql("DELETE FROM request_link WHERE low_id = :low AND high_id = :high")
                .param("low", pair[0]).param("high", pair[1]).update();
        if (removed > 0) {
            written("UNLINKED", request, views.find(other).orElseThrow(), actor);
        }
    }

    /** The requests linked to this one, oldest number first. */
    List<LinkedRequest> of(RequestId id) {
        return jdbc.sql("""
                SELECT r.id, r.number, r.summary, r.status FROM request_link l
                JOIN support_request r ON r.id = CASE WHEN l.low_id = :id THEN l.high_id ELSE l.low_id END
                WHERE l.low_id = :id OR l.high_id = :id ORDER BY r.number
                """).param("id", id.value())
                .query((rs, n) -> new LinkedRequest(new RequestId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                        RequestStatus.valueOf(rs.getString(4)))).list();
    }

    private RequestView mayLink(RequestId id, Actor actor) {
        RequestView request = views.find(id).orElseThrow(() -> new NotFoundException("request", id.text()));
        if (!actor.hasRole(Role.ADMINISTRATOR) && !request.isAssigned(actor.name())) {
            throw new AccessDeniedException("Only an administrator or a consultant of the request may link it");
        }
        return request;
    }

    private void written(String kind, RequestView request, RequestView other, Actor actor) {
        requests.addEntries(List.of(
                new TimelineEntry(request.id(), actor.name(), kind, Map.of("number", other.number(), "id", other.id().text())),
                new TimelineEntry(other.id(), actor.name(), kind, Map.of("number", request.number(), "id", request.id().text()))));
        audit.record("REQUEST", request.id().text(), request.id().text(), kind, null, Map.of("request", other.number()));
    }

    /** The two ids in PostgreSQL's order of uuids, which the table keeps (and Java's signed compare would not). */
    private UUID[] pair(RequestId a, RequestId b) {
        boolean aFirst = jdbc.sql("SELECT CAST(:a AS uuid) < CAST(:b AS uuid)").param("a", a.value()).param("b", b.value())
                .query(Boolean.class).single();
        return aFirst ? new UUID[]{a.value(), b.value()} : new UUID[]{b.value(), a.value()};
    }
}
