package lt.pagalba.feedback;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback tables, in plain SQL. */
@Repository
class Invitations {

    private static final String INVITATION = """
            SELECT id, request_id, request_number, client_id, recipient, language, consultants, created_at, expires_at, used_at
            FROM feedback_invitation""";

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

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // invitations

    /** Writes the request's invitation; false when it already has one (a redelivered or repeated close). */
    boolean create(UUID id, UUID requestId, String number, UUID clientId, byte[] tokenHash, String recipient,
                   String language, List<String> consultants, int validDays) {
        return jdbc.sql("""
                INSERT INTO feedback_invitation (id, request_id, request_number, client_id, token_hash, recipient, language,
                                                 consultants, expires_at)
                VALUES (:id, :requestId, :number, :clientId, :hash, :recipient, :language, :consultants,
                        now() + make_interval(days => :days))
                ON CONFLICT (request_id) DO NOTHING
                """).param("id", id).param("requestId", requestId).param("number", number).param("clientId", clientId)
                .param("hash", tokenHash).param("recipient", recipient).param("language", language)
                .param("consultants", consultants.toArray(new String[0])).param("days", validDays)
                .update() == 1;
    }

    Optional<Invitation> byTokenHash(byte[] hash) {
        return jdbc.sql(INVITATION + " WHERE token_hash = :hash").param("hash", hash).query(Invitations::invitation).optional();
    }

    Optional<Invitation> forRequest(UUID requestId) {
        return jdbc.sql(INVITATION + " WHERE request_id = :id").param("id", requestId).query(Invitations::invitation).optional();
    }

    /** Uses the invitation up; of two answers at the same moment only one gets true. */
    boolean markUsed(UUID id) {
        return jdbc.sql("UPDATE feedback_invitation SET used_at = now() WHERE id = :id AND used_at IS NULL AND expires_at > now()")
                .param("id", id).update() == 1;
    }

    OffsetDateTime now() {
        return jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
    }

    // opt-outs

    boolean optedOut(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM feedback_opt_out WHERE email = :email)")
                .param("email", email.toLowerCase(Locale.ROOT)).query(Boolean.class).single();
    }

    void optOut(String email) {
        jdbc.sql("INSERT INTO feedback_opt_out (email) VALUES (:email) ON CONFLICT (email) DO NOTHING")
                .param("email", email.toLowerCase(Locale.ROOT)).update();
    }

    // responses and follow-ups

    /** The answer, with who worked on the request as the invitation recorded at closing. */
    void answer(UUID invitationId, int rating, String comment) {
        jdbc.sql("""
                INSERT INTO feedback_response (invitation_id, request_id, rating, comment, consultants)
                SELECT id, request_id, :rating, :comment, consultants FROM feedback_invitation WHERE id = :id
                """).param("id", invitationId).param("rating", rating).param("comment", comment).update();
    }

    void openFollowUp(UUID invitationId) {
        jdbc.sql("INSERT INTO feedback_follow_up (id, invitation_id) VALUES (:id, :invitation)")
                .param("id", UUID.randomUUID()).param("invitation", invitationId).update();
    }

    Optional<Rating> ratingOf(UUID requestId) {
        return jdbc.sql(RATING + " WHERE r.request_id = :id").param("id", requestId).query(Invitations::rating).optional();
    }

    /** The newest answers that came with a word. */
    List<Rating> latestComments(int limit) {
        return jdbc.sql(RATING + " WHERE r.comment IS NOT NULL ORDER BY r.answered_at DESC LIMIT :limit")
                .param("limit", limit).query(Invitations::rating).list();
    }

    List<Rating> ratings(int limit, long offset) {
        return jdbc.sql(RATING + " ORDER BY r.answered_at DESC, r.request_id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(Invitations::rating).list();
    }

    long countRatings() {
        return jdbc.sql("SELECT count(*) FROM feedback_response").query(Long.class).single();
    }

    Optional<FollowUp> followUp(UUID id) {
        return jdbc.sql(FOLLOW_UP + " WHERE f.id = :id").param("id", id).query(Invitations::followUp).optional();
    }

    Optional<FollowUp> followUpOf(UUID requestId) {
        return jdbc.sql(FOLLOW_UP + " WHERE r.request_id = :id").param("id", requestId).query(Invitations::followUp).optional();
    }

    List<FollowUp> openFollowUps(int limit) {
        return jdbc.sql(FOLLOW_UP + " WHERE f.status = 'OPEN' ORDER BY f.created_at LIMIT :limit")
                .param("limit", limit).query(Invitations::followUp).list();
    }

    boolean completeFollowUp(UUID id, String by, String note) {
        return jdbc.sql("""
                UPDATE feedback_follow_up SET status = 'DONE', done_by = :by, done_at = now(), note = :note
                WHERE id = :id AND status = 'OPEN'
                """).param("id", id).param("by", by).param("note", note).update() == 1;
    }

    // averages

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

    // mapping

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        return new Invitation(rs.getString("id"), rs.getString("request_id"), rs.getString("request_number"),
                rs.getString("client_id"), rs.getString("recipient"), rs.getString("language"),
                strings(rs.getArray("consultants")), vilnius(rs, "created_at"), vilnius(rs, "expires_at"),
                vilnius(rs, "used_at"));
    }

    private static Rating rating(ResultSet rs, int n) throws SQLException {
        return new Rating(rs.getString("invitation_id"), rs.getString("request_id"), rs.getString("request_number"),
                rs.getString("client_id"), rs.getInt("rating"), rs.getString("comment"), vilnius(rs, "answered_at"),
                strings(rs.getArray("consultants")));
    }

    private static FollowUp followUp(ResultSet rs, int n) throws SQLException {
        return new FollowUp(rs.getString("follow_up_id"), rating(rs, n), rs.getString("status"),
                vilnius(rs, "follow_up_created"), rs.getString("done_by"), vilnius(rs, "done_at"), rs.getString("note"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static OffsetDateTime vilnius(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime();
    }
}
