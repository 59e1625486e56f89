package lt.pagalba.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.Vilnius;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reply templates, in plain SQL. */
@Repository
class Templates {

    private static final String SELECT = "SELECT id, name, language, subject, body, changed_at, changed_by FROM reply_template";

    private final JdbcClient jdbc;

    Templates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReplyTemplate> all() {
        return jdbc.sql(SELECT + " ORDER BY name, language").query((rs, n) -> template(rs)).list();
    }

    Optional<ReplyTemplate> find(ReplyTemplateId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query((rs, n) -> template(rs)).optional();
    }

    /** False when another template has this name in this language. */
    boolean insert(ReplyTemplateId id, TemplateForm t, String by) {
        return jdbc.sql("""
                INSERT INTO reply_template (id, name, language, subject, body, changed_by)
                VALUES (:id, :name, :language, :subject, :body, :by) ON CONFLICT (name, language) DO NOTHING""")
                .param("id", id.value()).param("name", t.name()).param("language", t.language()).param("subject", t.subject())
                .param("body", t.body()).param("by", by).update() == 1;
    }

    /** False when another template has this name in this language. */
    boolean update(ReplyTemplateId id, TemplateForm t, String by) {
        boolean taken = jdbc.sql("SELECT count(*) FROM reply_template WHERE name = :name AND language = :language AND id <> :id")
                .param("name", t.name()).param("language", t.language()).param("id", id.value()).query(Long.class).single() > 0;
        if (taken) {
            return false;
        }
        jdbc.sql("""
                UPDATE reply_template SET name = :name, language = :language, subject = :subject, body = :body,
                  changed_at = now(), changed_by = :by WHERE id = :id""")
                .param("id", id.value()).param("name", t.name()).param("language", t.language()).param("subject", t.subject())
                .param("body", t.body()).param("by", by).update();
        return true;
    }

    void delete(ReplyTemplateId id) {
        jdbc.sql("DELETE FROM reply_template WHERE id = :id").param("id", id.value()).update();
    }

    private static ReplyTemplate template(ResultSet rs) throws SQLException {
        return new ReplyTemplate(new ReplyTemplateId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                rs.getObject("changed_at", OffsetDateTime.class).atZoneSameInstant(Vilnius.ZONE).toOffsetDateTime(),
                rs.getString("changed_by"));
    }
}
