package lt.pagalba.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many login links one address, and one IP address, may ask for in 15 minutes. Counted in
 * PostgreSQL, so the limits hold however many instances share the database; the keys are hashes,
 * so the table keeps no address anyone typed. A refusal is the same for known and unknown addresses.
 */
@Component
class LinkRateLimit {

    private final JdbcClient jdbc;
    private final int perAddress;
    private final int perIp;

    LinkRateLimit(JdbcClient jdbc, @Value("${pagalba.portal.links-per-address:5}") int perAddress,
                  @Value("${pagalba.portal.links-per-ip:30}") int perIp) {
        this.jdbc = jdbc;
        this.perAddress = perAddress;
        this.perIp = perIp;
    }

    /** Counts this attempt and says whether it is within both limits. */
    @Transactional
    boolean tryAcquire(String email, String ip) {
        byte[] address = Secrets.addressKey(email);
        byte[] origin = Secrets.ipKey(ip);
        // serialise attempts on the same keys, so two instances at once cannot both take the last one
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(encode(:a, 'hex'), 0)), "
                        + "pg_advisory_xact_lock(hashtextextended(encode(:i, 'hex'), 0))")
                .param("a", address).param("i", origin).query().singleRow();
        jdbc.sql("DELETE FROM portal_link_attempt WHERE key_hash IN (:a, :i) AND attempted_at < now() - interval '15 minutes'")
                .param("a", address).param("i", origin).update();
        var counts = jdbc.sql("""
                SELECT count(*) FILTER (WHERE key_hash = :a), count(*) FILTER (WHERE key_hash = :i)
                FROM portal_link_attempt WHERE key_hash IN (:a, :i)
                """).param("a", address).param("i", origin)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        if (counts[0] >= perAddress || counts[1] >= perIp) {
            return false;
        }
        jdbc.sql("INSERT INTO portal_link_attempt (key_hash) VALUES (:a), (:i)").param("a", address).param("i", origin).update();
        return true;
    }
}
