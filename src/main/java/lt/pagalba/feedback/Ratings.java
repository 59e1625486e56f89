package lt.pagalba.feedback;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FollowUpId;
import lt.pagalba.shared.InvitationId;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback tables as the answers, follow-ups and averages are read, in plain SQL. */
@Repository
class Ratings {

    private static final String RATING = """
            SELECT r.invitation_id, r.request_id, i.request_number, i.client_id, r.rating, r.comment, r.answered_at,
                   r.consultants
            FROM feedback_response r JOIN feedback_invitation i ON i.id = r.invitation_id""";

    private static final String FOLLOW_UP = """
            SELECT f.id AS follow_up_id, f.status, f.created_at AS follow_up_created, f.done_by, f.done_at, f.note,
                   r.invitation_id, r.request_id, i.request_number, i.client_id, r.rating, r.comment, r.answered_at,
                   r.consultants
            FROM feedback_follow_up f JOIN feedback_response r ON r.invitation_id = f.invitation_id
                 JOIN feedback_invitation i ON i.id = r.invitation_id""";

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Rating> of(RequestId requestId) {
        return jdbc.sql(RATING + " WHERE r.request_id = :id").param("id", requestId.value()).query(Ratings::rating).optional();
    }

    /** The newest answers that came with a word. */
    List<Rating> latestComments(int limit) {
        return jdbc.sql(RATING + " WHERE r.comment IS NOT NULL ORDER BY r.answered_at DESC LIMIT :limit")
                .param("limit", limit).query(Ratings::rating).list();
    }

    List<Rating> page(int limit, long offset) {
        return jdbc.sql(RATING + " ORDER BY r.answered_at DESC, r.request_id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(Ratings::rating).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM feedback_response").query(Long.class).single();
    }

    Optional<FollowUp> followUp(FollowUpId id) {
        return jdbc.sql(FOLLOW_UP + " WHERE f.id = :id").param("id", id.value()).query(Ratings::followUp).optional();
    }

    Optional<FollowUp> followUpOf(RequestId requestId) {
        return jdbc.sql(FOLLOW_UP + " WHERE r.request_id = :id").param("id", requestId.value())
                .query(Ratings::followUp).optional();
    }

    List<FollowUp> openFollowUps(int limit) {
        return jdbc.sql(FOLLOW_UP + " WHERE f.status = 'OPEN' ORDER BY f.created_at LIMIT :limit")
                .param("limit", limit).query(Ratings::followUp).list();
    }

    /** Average rating per Vilnius calendar month, from the start of {@code first}. */
    List<Averages.ByMonth> monthly(YearMonth first) {
        return jdbc.sql("""
                SELECT to_char(answered_at AT TIME ZONE 'Europe/Vilnius', 'YYYY-MM') AS month,
                       round(avg(rating), 2) AS average, count(*) AS answers
                FROM feedback_response
                WHERE answered_at >= :from
                GROUP BY 1 ORDER BY 1 DESC
                """).param("from", first.atDay(1).atStartOfDay(Vilnius.ZONE).toOffsetDateTime())
                .query((rs, n) -> new Averages.ByMonth(YearMonth.parse(rs.getString("month")), rs.getBigDecimal("average"),
                        rs.getInt("answers"))).list();
    }

    /** Each consultant who worked on a rated request (lead or member) counts that rating once. */
    List<Averages.ByConsultant> byConsultant() {
        return jdbc.sql("""
                SELECT c.consultant, round(avg(r.rating), 2) AS average, count(*) AS answers
                FROM feedback_response r CROSS JOIN LATERAL unnest(r.consultants) AS c(consultant)
                GROUP BY c.consultant ORDER BY average DESC, c.consultant
                """).query((rs, n) -> new Averages.ByConsultant(rs.getString("consultant"), rs.getBigDecimal("average"),
                rs.getInt("answers"))).list();
    }

    private static Rating rating(ResultSet rs, int n) throws SQLException {
        return new Rating(new InvitationId(rs.getObject("invitation_id", UUID.class)),
                new RequestId(rs.getObject("request_id", UUID.class)), rs.getString("request_number"), clientId(rs),
                rs.getInt("rating"), rs.getString("comment"), vilnius(rs, "answered_at"), strings(rs.getArray("consultants")));
    }

    private static FollowUp followUp(ResultSet rs, int n) throws SQLException {
        return new FollowUp(new FollowUpId(rs.getObject("follow_up_id", UUID.class)), rating(rs, n), rs.getString("status"),
                vilnius(rs, "follow_up_created"), rs.getString("done_by"), vilnius(rs, "done_at"), rs.getString("note"));
    }

    static ClientId clientId(ResultSet rs) throws SQLException {
        UUID client = rs.getObject("client_id", UUID.class);
        return client == null ? null : new ClientId(client);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static OffsetDateTime vilnius(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime();
    }
}
