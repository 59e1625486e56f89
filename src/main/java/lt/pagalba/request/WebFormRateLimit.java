package lt.pagalba.request;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many requests one address may register through the public form: a token bucket per address
 * ({@code pagalba.web-form.max-per-hour}), refilled evenly over the hour. The buckets are rows in
 * PostgreSQL, taken from in one statement, so every instance behind the load balancer counts the
 * same requests and two at the same moment cannot both take the last token.
 */
@Component
class WebFormRateLimit {

    private final JdbcClient jdbc;
    private final int perHour;

    WebFormRateLimit(JdbcClient jdbc, @Value("${pagalba.web-form.max-per-hour:10}") int perHour) {
        this.jdbc = jdbc;
        this.perHour = perHour;
    }

    boolean tryAcquire(String address) {
        boolean taken = !jdbc.sql("""
                INSERT INTO web_form_bucket AS b (address, tokens, refilled_at) VALUES (:a, :cap - 1, now())
                ON CONFLICT (address) DO UPDATE
                  SET tokens = least(:cap, b.tokens + extract(epoch FROM now() - b.refilled_at) * :cap / 3600.0) - 1,
                      refilled_at = now()
                  WHERE least(:cap, b.tokens + extract(epoch FROM now() - b.refilled_at) * :cap / 3600.0) >= 1
                RETURNING tokens
                """).param("a", address).param("cap", (double) perHour).query(Double.class).list().isEmpty();
        // now and then, the buckets that have been full for an hour go (a new one starts full anyway)
        if (ThreadLocalRandom.current().nextInt(1000) == 0) {
            jdbc.sql("DELETE FROM web_form_bucket WHERE refilled_at < now() - interval '2 hours'").update();
        }
        return taken;
    }
}
