package lt.pagalba.feedback;

import java.util.List;
import java.util.Map;
import lt.pagalba.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person as the one asked for feedback: the invitation's address goes, and their opt-out with it (no mail reaches them now). */
@Component
@Order(5)
class FeedbackPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    FeedbackPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "feedback";
    }

    @Override
    public List<Map<String, Object>> export(Person person) {
        return jdbc.sql("""
                SELECT i.request_number AS request, i.created_at::text AS "invitedAt", i.recipient, r.rating, r.comment,
                       r.answered_at::text AS "answeredAt",
                       EXISTS (SELECT 1 FROM feedback_opt_out o WHERE lower(o.email) = lower(i.recipient)) AS "optedOut"
                FROM feedback_invitation i LEFT JOIN feedback_response r ON r.invitation_id = i.id
                WHERE lower(i.recipient) = lower(:email) ORDER BY i.created_at""")
                .param("email", person.email().value()).query().listOfRows();
    }

    @Override
    public int erase(Person person) {
        List<Map<String, Object>> answers = jdbc.sql("""
                SELECT r.invitation_id, r.comment FROM feedback_response r JOIN feedback_invitation i ON i.id = r.invitation_id
                WHERE lower(i.recipient) = lower(:email) AND r.comment IS NOT NULL""").param("email", person.email().value())
                .query().listOfRows();
        answers.forEach(answer -> jdbc.sql("UPDATE feedback_response SET comment = :comment WHERE invitation_id = :id")
                .param("comment", person.scrub((String) answer.get("comment"))).param("id", answer.get("invitation_id")).update());
        int invitations = jdbc.sql("""
                UPDATE feedback_invitation SET recipient = 'erased-' || replace(id::text, '-', '') || '@erased.invalid'
                WHERE lower(recipient) = lower(:email)""").param("email", person.email().value()).update();
        return invitations + jdbc.sql("DELETE FROM feedback_opt_out WHERE lower(email) = lower(:email)")
                .param("email", person.email().value()).update();
    }
}
