package lt.pagalba.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lt.pagalba.shared.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one-time keys of the intake forms (the phone intake, the public form): each page carries a new
 * key, and the request it registers is stored under it, in the registration's own transaction. The
 * primary key refuses a second request under one key, also when two submits race.
 */
@Repository
class FormKeys {

    private final JdbcClient jdbc;

    FormKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A form's key as sent: text that is no key (an old page, a hand-made post) gets a fresh one. */
    static UUID parse(String text) {
        try {
            return text == null || text.isBlank() ? UUID.randomUUID() : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }

    Optional<RequestId> find(UUID key) {
        return jdbc.sql("SELECT request_id FROM request_form_key WHERE form_key = :key").param("key", key)
                .query(UUID.class).optional().map(RequestId::new);
    }

    /**
     * Forgets the keys older than {@code days}: a page kept open that long and sent again registers a
     * new request, which by then is what its sender means.
     */
    int forgetOlderThan(int days) {
        return jdbc.sql("DELETE FROM request_form_key WHERE created_at < now() - make_interval(days => :days)")
                .param("days", days).update();
    }

    /** Stores the keys of the requests of a batch that came from a form. */
    void insertAll(List<PreparedRequest> batch) {
        for (PreparedRequest r : batch) {
            if (r.formKey() != null) {
                jdbc.sql("INSERT INTO request_form_key (form_key, request_id) VALUES (:key, :id)")
                        .param("key", r.formKey()).param("id", r.id().value()).update();
            }
        }
    }
}
