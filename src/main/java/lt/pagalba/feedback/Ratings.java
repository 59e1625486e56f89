package lt.pagalba.feedback;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
        return monthly(Scope.from(first.atDay(1)));
    }

    /**
     * Average rating per Vilnius calendar month of the answers in scope, newest first: the feedback page's
     * months and the feedback report's (issue 17) are this one query.
     */
    List<Averages.ByMonth> monthly(Scope scope) {
        return scope.bind(jdbc.sql("""
                SELECT to_char(r.answered_at AT TIME ZONE 'Europe/Vilnius', 'YYYY-MM') AS month,
                       round(avg(r.rating), 2) AS average, count(*) AS answers
                FROM feedback_response r JOIN feedback_invitation i ON i.id = r.invitation_id
                WHERE %s
                GROUP BY 1 ORDER BY 1 DESC
                """.formatted(Scope.WHERE)))
                .query((rs, n) -> new Averages.ByMonth(YearMonth.parse(rs.getString("month")), rs.getBigDecimal("average"),
                        rs.getInt("answers"))).list();
    }

    /** Each consultant who worked on a rated request (lead or member) counts that rating once. */
    List<Averages.ByConsultant> byConsultant() {
        return byConsultant(Scope.ALL);
    }

    /** The same of the answers in scope (and of one consultant when the scope names one). */
    List<Averages.ByConsultant> byConsultant(Scope scope) {
        return scope.bind(jdbc.sql("""
                SELECT c.consultant, round(avg(r.rating), 2) AS average, count(*) AS answers
                FROM feedback_response r JOIN feedback_invitation i ON i.id = r.invitation_id
                     CROSS JOIN LATERAL unnest(r.consultants) AS c(consultant)
                WHERE %s AND (CAST(:consultant AS text) IS NULL OR c.consultant = CAST(:consultant AS text))
                GROUP BY c.consultant ORDER BY average DESC, c.consultant
                """.formatted(Scope.WHERE)))
                .query((rs, n) -> new Averages.ByConsultant(rs.getString("consultant"), rs.getBigDecimal("average"),
                        rs.getInt("answers"))).list();
    }

    /**
     * Per consultant and Vilnius month, by the same rule as {@link #byConsultant}: answers, average and how
     * many were low (1 or 2), oldest month first.
     */
    List<Averages.ByConsultantAndMonth> byConsultantAndMonth(Scope scope) {
        return scope.bind(jdbc.sql("""
                SELECT c.consultant, to_char(r.answered_at AT TIME ZONE 'Europe/Vilnius', 'YYYY-MM') AS month,
                       round(avg(r.rating), 2) AS average, count(*) AS answers, count(*) FILTER (WHERE r.rating <= 2) AS low
                FROM feedback_response r JOIN feedback_invitation i ON i.id = r.invitation_id
                     CROSS JOIN LATERAL unnest(r.consultants) AS c(consultant)
                WHERE %s AND (CAST(:consultant AS text) IS NULL OR c.consultant = CAST(:consultant AS text))
                GROUP BY 1, 2 ORDER BY 2, 1
                """.formatted(Scope.WHERE)))
                .query((rs, n) -> new Averages.ByConsultantAndMonth(rs.getString("consultant"), YearMonth.parse(rs.getString("month")),
                        rs.getBigDecimal("average"), rs.getInt("answers"), rs.getInt("low"))).list();
    }

    /** Every answer in scope once: how many, their average, how many were low. */
    Averages.Overall overall(Scope scope) {
        return scope.bind(jdbc.sql("""
                SELECT count(*) AS answers, round(avg(r.rating), 2) AS average, count(*) FILTER (WHERE r.rating <= 2) AS low
                FROM feedback_response r JOIN feedback_invitation i ON i.id = r.invitation_id
                WHERE %s
                """.formatted(Scope.WHERE)))
                .query((rs, n) -> new Averages.Overall(rs.getInt("answers"), rs.getBigDecimal("average"), rs.getInt("low")))
                .single();
    }

    /**
     * Which answers: answered on these Vilnius days (either end open), of one client, of requests one
     * consultant worked on; nulls are all.
     */
    record Scope(LocalDate from, LocalDate toInclusive, ClientId client, String consultant) {

        static final Scope ALL = new Scope(null, null, null, null);

        static final String WHERE = """
                (CAST(:from AS timestamptz) IS NULL OR r.answered_at >= CAST(:from AS timestamptz))
                AND (CAST(:until AS timestamptz) IS NULL OR r.answered_at < CAST(:until AS timestamptz))
                AND (CAST(:client AS uuid) IS NULL OR i.client_id = CAST(:client AS uuid))
                AND (CAST(:consultant AS text) IS NULL OR CAST(:consultant AS text) = ANY(r.consultants))""";

        static Scope from(LocalDate from) {
            return new Scope(from, null, null, null);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
            return sql.param("from", from == null ? null : from.atStartOfDay(Vilnius.ZONE).toOffsetDateTime())
                    .param("until", toInclusive == null ? null : toInclusive.plusDays(1).atStartOfDay(Vilnius.ZONE).toOffsetDateTime())
                    .param("client", client == null ? null : client.value())
                    .param("consultant", consultant);
        }
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
