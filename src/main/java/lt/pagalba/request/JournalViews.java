package lt.pagalba.request;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each staff member's saved views of the journal: a name and the journal's query, in PostgreSQL. */
@Repository
class JournalViews {

    /** A saved view: {@code query} is the journal URL's query without the page. */
    record SavedView(UUID id, String name, String query) {
    }

    private final JdbcClient jdbc;

    JournalViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SavedView> of(String staff) {
        return jdbc.sql("SELECT id, name, query FROM journal_view WHERE staff = :staff ORDER BY lower(name), id")
                .param("staff", staff).query(SavedView.class).list();
    }

    /** Saves the view under its name; a view of the same name is replaced, as "save" means to a person. */
    void save(String staff, String name, String query) {
        jdbc.sql("""
                INSERT INTO journal_view (id, staff, name, query) VALUES (:id, :staff, :name, :query)
                ON CONFLICT (staff, name) DO UPDATE SET query = EXCLUDED.query, created_at = now()
                """).param("id", UUID.randomUUID()).param("staff", staff).param("name", name).param("query", query)
                .update();
    }

    /** Deletes one of the person's own views; another's id deletes nothing. */
    void delete(String staff, UUID id) {
        jdbc.sql("DELETE FROM journal_view WHERE id = :id AND staff = :staff").param("id", id).param("staff", staff).update();
    }
}
