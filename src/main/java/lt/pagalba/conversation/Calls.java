package lt.pagalba.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The phone calls of requests, in plain SQL. */
@Repository
class Calls {

    private final JdbcClient jdbc;

    Calls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RequestId request, CallView call) {
        jdbc.sql("""
                INSERT INTO phone_call (id, request_id, author, direction, started_at, minutes, note, work_entry_id, created_at)
                VALUES (:id, :request, :author, :direction, :startedAt, :minutes, :note, CAST(:entry AS uuid), :createdAt)
                """).param("id", call.id().value()).param("request", request.value()).param("author", call.author())
                .param("direction", call.direction().name()).param("startedAt", call.startedAt())
                .param("minutes", call.minutes()).param("note", call.note()).param("entry", call.workEntryId())
                .param("createdAt", call.createdAt()).update();
    }

    /** The request's calls in the order they were made. */
    List<CallView> ofRequest(RequestId request) {
        return jdbc.sql("""
                SELECT id, direction, started_at, minutes, note, author, created_at, work_entry_id::text FROM phone_call
                WHERE request_id = :request ORDER BY started_at, id""").param("request", request.value())
                .query((rs, n) -> new CallView(new CallId(rs.getObject(1, UUID.class)), CallDirection.valueOf(rs.getString(2)),
                        vilnius(rs.getObject(3, OffsetDateTime.class)), rs.getInt(4), rs.getString(5), rs.getString(6),
                        vilnius(rs.getObject(7, OffsetDateTime.class)), rs.getString(8)))
                .list();
    }

    private static OffsetDateTime vilnius(OffsetDateTime time) {
        return time.atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime();
    }
}
