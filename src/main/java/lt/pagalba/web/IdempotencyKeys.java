package lt.pagalba.web;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored first answers of {@code Idempotency-Key}s, per caller, for 24 hours. Every call runs in the
 * transaction of the work it answers (see {@link IdempotentCreation}).
 */
@Repository
class IdempotencyKeys {

    /** The first answer given under a key, and what it was the answer to. */
    record Answer(String fingerprint, int status, String contentType, byte[] body) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for this call, or returns the answer it already has. Taking it inserts a placeholder
     * row; a second call with the key while the first runs waits here on the primary key until the first
     * ends: it then finds the first answer (committed) or takes the key itself (rolled back). A key older
     * than 24 hours is free again.
     */
    Optional<Answer> takeOrFind(String principal, String key, String fingerprint) {
        for (int attempt = 1; ; attempt++) {
            if (take(principal, key, fingerprint)) {
                return Optional.empty();
            }
            Optional<Answer> found = find(principal, key);
            if (found.isPresent()) {
                return found;
            }
            if (attempt == 3) { // the key was given back each time between taking and reading it
                throw new IllegalStateException("Idempotency key neither taken nor found: " + key);
            }
        }
    }

    private boolean take(String principal, String key, String fingerprint) {
        jdbc.sql("DELETE FROM api_idempotency_key WHERE principal = :p AND key = :k AND created_at < now() - interval '24 hours'")
                .param("p", principal).param("k", key).update();
        int taken = jdbc.sql("""
                INSERT INTO api_idempotency_key (principal, key, fingerprint, status, body) VALUES (:p, :k, :f, 0, '')
                ON CONFLICT (principal, key) DO NOTHING
                """).param("p", principal).param("k", key).param("f", fingerprint).update();
        return taken == 1;
    }

    private Optional<Answer> find(String principal, String key) {
        return jdbc.sql("SELECT fingerprint, status, content_type, body FROM api_idempotency_key WHERE principal = :p AND key = :k")
                .param("p", principal).param("k", key)
                .query((rs, n) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4))).optional();
    }

    /** Forgets the answers whose 24 hours are over (a key is free again after them anyway). */
    int forgetExpired() {
        return jdbc.sql("DELETE FROM api_idempotency_key WHERE created_at < now() - interval '24 hours'").update();
    }

    /** Keeps the answer of the call that took the key, in the transaction of its work. */
    void keep(String principal, String key, int status, String contentType, byte[] body) {
        jdbc.sql("UPDATE api_idempotency_key SET status = :s, content_type = :t, body = :b WHERE principal = :p AND key = :k")
                .param("s", status).param("t", contentType).param("b", body).param("p", principal).param("k", key).update();
    }
}
