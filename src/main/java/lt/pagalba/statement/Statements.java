package lt.pagalba.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.StatementId;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The statement table, in plain SQL; the content is kept as JSON. */
@Repository
class Statements {

    private static final String SELECT = """
            SELECT id, client_id, period_from, period_to, requests, entries, minutes, sent_to, sent_at, language,
                   automatic, created_at, created_by
            FROM statement""";

    /** A statement as it is made: its content, the PDF of it, who made it, and to whom it goes (or null). */
    record NewStatement(StatementId id, ClientId client, StatementContent content, byte[] pdf, boolean automatic,
                        String by, String sentTo) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Statements(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next statement number, {@code IŠ-2026-000042}: statements are no tax documents, so a gap does no harm. */
    String nextNumber() {
        long n = jdbc.sql("SELECT nextval('statement_number')").query(Long.class).single();
        return "IŠ-%d-%06d".formatted(Vilnius.today().getYear(), n);
    }

    /**
     * Writes a statement; an automatic one only once per client and period (another instance, or a
     * repeated run, may have written it): then false.
     */
    boolean insert(NewStatement statement) {
        StatementContent content = statement.content();
        return jdbc.sql("""
                INSERT INTO statement (id, client_id, period_from, period_to, language, requests, entries, minutes,
                                       content, pdf, automatic, created_by, sent_to, sent_at)
                VALUES (:id, :client, :from, :to, :language, :requests, :entries, :minutes, CAST(:content AS jsonb),
                        :pdf, :automatic, :by, :sentTo, CASE WHEN CAST(:sentTo AS varchar) IS NULL THEN NULL ELSE now() END)
                ON CONFLICT (client_id, period_from, period_to) WHERE automatic DO NOTHING
                """).param("id", statement.id().value()).param("client", statement.client().value())
                .param("from", content.from()).param("to", content.to()).param("language", content.language())
                .param("requests", content.requests()).param("entries", content.entries())
                .param("minutes", content.minutes()).param("content", json.writeValueAsString(content))
                .param("pdf", statement.pdf()).param("automatic", statement.automatic()).param("by", statement.by())
                .param("sentTo", statement.sentTo()).update() == 1;
    }

    boolean automaticExists(ClientId client, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM statement WHERE client_id = :client AND period_from = :from AND period_to = :to AND automatic")
                .param("client", client.value()).param("from", from).param("to", to).query(Integer.class).single() > 0;
    }

    /** Records that a generated statement was sent (once: a statement goes out at most once). */
    boolean markSent(StatementId id, String to) {
        return jdbc.sql("UPDATE statement SET sent_to = :to, sent_at = now() WHERE id = :id AND sent_at IS NULL")
                .param("id", id.value()).param("to", to).update() == 1;
    }

    Optional<Statement> find(StatementId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(Statements::map).optional();
    }

    List<Statement> ofClient(ClientId client) {
        return jdbc.sql(SELECT + " WHERE client_id = :client ORDER BY created_at DESC").param("client", client.value())
                .query(Statements::map).list();
    }

    Optional<StatementContent> content(StatementId id) {
        return jdbc.sql("SELECT content::text FROM statement WHERE id = :id").param("id", id.value()).query(String.class)
                .optional().map(text -> json.readValue(text, StatementContent.class));
    }

    /** The client's statement's PDF; another client's is not found. */
    Optional<byte[]> pdf(ClientId client, StatementId id) {
        return jdbc.sql("SELECT pdf FROM statement WHERE id = :id AND client_id = :client").param("id", id.value())
                .param("client", client.value()).query(byte[].class).optional();
    }

    Optional<byte[]> pdf(StatementId id) {
        return jdbc.sql("SELECT pdf FROM statement WHERE id = :id").param("id", id.value()).query(byte[].class).optional();
    }

    private static Statement map(ResultSet rs, int n) throws SQLException {
        return new Statement(new StatementId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getInt("requests"), rs.getInt("entries"), rs.getInt("minutes"), rs.getString("sent_to"),
                vilnius(rs.getObject("sent_at", OffsetDateTime.class)), rs.getString("language"),
                rs.getBoolean("automatic"), vilnius(rs.getObject("created_at", OffsetDateTime.class)),
                rs.getString("created_by"));
    }

    private static OffsetDateTime vilnius(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime();
    }
}
