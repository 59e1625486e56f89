package lt.pagalba.staff;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A growing wait after wrong passwords, per address and account and per address over every account,
 * instead of an account lock: a stranger guessing the administrator's password slows down only
 * their own address, and the administrator logs in from theirs. The first
 * {@code pagalba.security.free-failures} wrong passwords of an address on one account cost nothing;
 * after that each one doubles the wait (2 s, 4 s, 8 s, … at most
 * {@code pagalba.security.max-wait}); after {@code pagalba.security.free-failures-per-address} on
 * all accounts together the address waits too. A right password clears its account's count; an hour
 * without failures forgets them. Counted in PostgreSQL, so every instance throttles alike.
 */
@Component
class LoginThrottle {

    private static final String EVERY_ACCOUNT = "";
    private static final int MAX_USERNAME = 40;

    private final JdbcClient jdbc;
    private final int freeFailures;
    private final int freeFailuresPerAddress;
    private final Duration maxWait;

    LoginThrottle(JdbcClient jdbc, @Value("${pagalba.security.free-failures:5}") int freeFailures,
                  @Value("${pagalba.security.free-failures-per-address:20}") int freeFailuresPerAddress,
                  @Value("${pagalba.security.max-wait:15m}") Duration maxWait) {
        this.jdbc = jdbc;
        this.freeFailures = freeFailures;
        this.freeFailuresPerAddress = freeFailuresPerAddress;
        this.maxWait = maxWait;
    }

    /** How this address stands with this account now. */
    record Standing(Duration waitFor, boolean hasFailures) {

        boolean mustWait() {
            return !waitFor.isZero();
        }
    }

    Standing standing(String address, String username) {
        String account = account(username);
        List<Row> rows = jdbc.sql("""
                SELECT username, failures, last_failure_at, now() AS now FROM login_failure
                WHERE address = :a AND username IN (:u, '') AND last_failure_at > now() - interval '1 hour'
                """).param("a", address).param("u", account)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class))).list();
        Duration wait = Duration.ZERO;
        boolean accountFailures = false;
        for (Row row : rows) {
            boolean everyAccount = row.username().equals(EVERY_ACCOUNT);
            accountFailures |= !everyAccount;
            Duration left = Duration.between(row.now(), row.lastFailureAt().plus(
                    waitAfter(row.failures(), everyAccount ? freeFailuresPerAddress : freeFailures)));
            if (left.compareTo(wait) > 0) {
                wait = left;
            }
        }
        return new Standing(wait, accountFailures);
    }

    /** A wrong password: counted for the account and for the address. */
    void failed(String address, String username) {
        for (String account : Stream.of(account(username), EVERY_ACCOUNT).distinct().toList()) {
            jdbc.sql("""
                    INSERT INTO login_failure (address, username, failures, last_failure_at) VALUES (:a, :u, 1, now())
                    ON CONFLICT (address, username) DO UPDATE SET last_failure_at = now(),
                      failures = CASE WHEN login_failure.last_failure_at < now() - interval '1 hour' THEN 1
                                      ELSE login_failure.failures + 1 END
                    """).param("a", address).param("u", account).update();
        }
        // now and then, the counts nobody added to for a day go
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            jdbc.sql("DELETE FROM login_failure WHERE last_failure_at < now() - interval '1 day'").update();
        }
    }

    /** The right password: the account's count from this address starts again (the address's stays). */
    void succeeded(String address, String username) {
        jdbc.sql("DELETE FROM login_failure WHERE address = :a AND username = :u")
                .param("a", address).param("u", account(username)).update();
    }

    Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free + 1, 30);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** A name longer than any username counts only for its address. */
    private static String account(String username) {
        return username == null || username.length() > MAX_USERNAME ? EVERY_ACCOUNT : username;
    }

    private record Row(String username, int failures, OffsetDateTime lastFailureAt, OffsetDateTime now) {
    }
}
