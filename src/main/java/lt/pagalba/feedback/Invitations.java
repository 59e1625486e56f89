package lt.pagalba.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FollowUpId;
import lt.pagalba.shared.InvitationId;
import lt.pagalba.shared.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feedback tables as invitations, answers, follow-ups and opt-outs are written, in plain SQL. */
@Repository
class Invitations {

    private static final String INVITATION = """
            SELECT id, request_id, request_number, client_id, recipient, language, consultants, created_at, expires_at, used_at
            FROM feedback_invitation""";

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new invitation as it is written: the link's token is kept only as its hash. */
    record NewInvitation(InvitationId id, RequestId requestId, String number, ClientId clientId, byte[] tokenHash,
                         String recipient, String language, List<String> consultants, int validDays) {
    }

    /** Writes the request's invitation; false when it already has one (a redelivered or repeated close). */
    boolean create(NewInvitation invitation) {
        return jdbc.sql("""
                INSERT INTO feedback_invitation (id, request_id, request_number, client_id, token_hash, recipient, language,
                                                 consultants, expires_at)
                VALUES (:id, :requestId, :number, :clientId, :hash, :recipient, :language, :consultants,
                        now() + make_interval(days => :days))
                ON CONFLICT (request_id) DO NOTHING
                """).param("id", invitation.id().value()).param("requestId", invitation.requestId().value())
                .param("number", invitation.number())
                .param("clientId", invitation.clientId() == null ? null : invitation.clientId().value())
                .param("hash", invitation.tokenHash()).param("recipient", invitation.recipient())
                .param("language", invitation.language())
                .param("consultants", invitation.consultants().toArray(new String[0])).param("days", invitation.validDays())
                .update() == 1;
    }

    Optional<Invitation> byTokenHash(byte[] hash) {
        return jdbc.sql(INVITATION + " WHERE token_hash = :hash").param("hash", hash).query(Invitations::invitation).optional();
    }

    Optional<Invitation> forRequest(RequestId requestId) {
        return jdbc.sql(INVITATION + " WHERE request_id = :id").param("id", requestId.value())
                .query(Invitations::invitation).optional();
    }

    /** Uses the invitation up; of two answers at the same moment only one gets true. */
    boolean markUsed(InvitationId id) {
        return jdbc.sql("UPDATE feedback_invitation SET used_at = now() WHERE id = :id AND used_at IS NULL AND expires_at > now()")
                .param("id", id.value()).update() == 1;
    }

    OffsetDateTime now() {
        return jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
    }

    boolean optedOut(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM feedback_opt_out WHERE email = :email)")
                .param("email", email.toLowerCase(Locale.ROOT)).query(Boolean.class).single();
    }

    void optOut(String email) {
        jdbc.sql("INSERT INTO feedback_opt_out (email) VALUES (:email) ON CONFLICT (email) DO NOTHING")
                .param("email", email.toLowerCase(Locale.ROOT)).update();
    }

    /** The answer, with who worked on the request as the invitation recorded at closing. */
    void answer(InvitationId invitationId, int rating, String comment) {
        jdbc.sql("""
                INSERT INTO feedback_response (invitation_id, request_id, rating, comment, consultants)
                SELECT id, request_id, :rating, :comment, consultants FROM feedback_invitation WHERE id = :id
                """).param("id", invitationId.value()).param("rating", rating).param("comment", comment).update();
    }

    void openFollowUp(InvitationId invitationId) {
        jdbc.sql("INSERT INTO feedback_follow_up (id, invitation_id) VALUES (:id, :invitation)")
                .param("id", FollowUpId.random().value()).param("invitation", invitationId.value()).update();
    }

    boolean completeFollowUp(FollowUpId id, String by, String note) {
        return jdbc.sql("""
                UPDATE feedback_follow_up SET status = 'DONE', done_by = :by, done_at = now(), note = :note
                WHERE id = :id AND status = 'OPEN'
                """).param("id", id.value()).param("by", by).param("note", note).update() == 1;
    }

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        return new Invitation(new InvitationId(rs.getObject("id", UUID.class)),
                new RequestId(rs.getObject("request_id", UUID.class)), rs.getString("request_number"),
                Ratings.clientId(rs), rs.getString("recipient"), rs.getString("language"),
                Ratings.strings(rs.getArray("consultants")), Ratings.vilnius(rs, "created_at"),
                Ratings.vilnius(rs, "expires_at"), Ratings.vilnius(rs, "used_at"));
    }
}
