package lt.pagalba.servicelevel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ReportPeriod;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Requests' clocks, read through the request module's view {@code request_clock} (V65). */
@Repository
class RequestClocks {

    private static final String COLUMNS = "id, number, urgent, status, received_at, first_contact_at, lead, status_spans";
    private static final TypeReference<List<RequestClock.Span>> SPANS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RequestClocks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<RequestClock> find(RequestId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request_clock WHERE id = :id").param("id", id.value())
                .query(this::clock).optional();
    }

    /** The requests received on the period's days (Vilnius). */
    List<RequestClock> receivedIn(ReportPeriod period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request_clock WHERE received_at >= :from AND received_at < :until")
                .param("from", period.from().atTime(LocalTime.MIDNIGHT).atZone(Vilnius.ZONE).toOffsetDateTime())
                .param("until", period.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Vilnius.ZONE).toOffsetDateTime())
                .query(this::clock).list();
    }

    /** Requests still being worked on: neither resolved nor closed. */
    List<RequestClock> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request_clock WHERE status NOT IN ('RESOLVED', 'CLOSED')")
                .query(this::clock).list();
    }

    private RequestClock clock(ResultSet rs, int n) throws SQLException {
        return new RequestClock(new RequestId(rs.getObject("id", UUID.class)), rs.getString("number"), rs.getBoolean("urgent"),
                rs.getString("status"), rs.getObject("received_at", OffsetDateTime.class),
                rs.getObject("first_contact_at", OffsetDateTime.class), rs.getString("lead"),
                json.readValue(rs.getString("status_spans"), SPANS));
    }
}
