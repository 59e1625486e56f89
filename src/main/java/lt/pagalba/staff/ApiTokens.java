package lt.pagalba.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ApiTokenId;
import lt.pagalba.shared.ClusterSignals;
import lt.pagalba.shared.NotFoundException;
import lt.pagalba.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes, so a plain SHA-256 of it is enough to store it
 * safely (no brute force can reach it) and lets every API call check it with one indexed lookup
 * instead of a deliberately slow password hash. Whose a token is, is remembered; a revocation is
 * signalled to every instance, which forgets the token at once.
 */
@Service
class ApiTokens implements ClusterSignals.Receiver {

    static final String PREFIX = "pgb_";
    private static final String TOPIC = "api-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ObjectProvider<ClusterSignals> signals;
    private final StaffAccess access;
    private final Cache<String, Optional<Issued>> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();

    ApiTokens(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, ObjectProvider<ClusterSignals> signals,
              StaffAccess access) {
        this.jdbc = jdbc;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.signals = signals;
    }

    @Transactional
    ApiToken create(String username, String name) {
        staff.get(username);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiTokenId id = ApiTokenId.random();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("INSERT INTO api_token (id, username, name, secret_hash, created_at) VALUES (:id, :u, :n, :h, :at)")
                .param("id", id.value()).param("u", username).param("n", name.trim()).param("h", hash(token)).param("at", now)
                .update();
        audit.record("API_TOKEN", id, username, "CREATED", null, name.trim());
        return new ApiToken(id, name.trim(), token, now, null, null);
    }

    List<ApiToken> list(String username) {
        staff.get(username);
        return jdbc.sql("""
                SELECT id, name, created_at, last_used_at, revoked_at FROM api_token
                WHERE username = :u ORDER BY created_at DESC
                """)
                .param("u", username)
                .query((rs, n) -> new ApiToken(new ApiTokenId(rs.getObject(1, UUID.class)), rs.getString(2), null,
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    @Transactional
    void revoke(String username, ApiTokenId id) {
        int changed = jdbc.sql("UPDATE api_token SET revoked_at = coalesce(revoked_at, now()) WHERE id = :id AND username = :u")
                .param("id", id.value()).param("u", username).update();
        if (changed == 0) {
            throw new NotFoundException("token", id);
        }
        audit.record("API_TOKEN", id, username, "REVOKED", null, null);
        signals.ifAvailable(s -> s.send(TOPIC, id.text()));
        forget(id.text());
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void received(String tokenId) {
        forget(tokenId);
    }

    @Override
    public void missedSome() {
        recent.invalidateAll();
    }

    private void forget(String tokenId) {
        recent.asMap().values().removeIf(issued -> issued.filter(i -> i.tokenId().text().equals(tokenId)).isPresent());
    }

    /**
     * Who presented this token, with the roles they have now: empty when the token is unknown or
     * revoked, or its owner no longer active. Whose a token is, is remembered, so a busy integration
     * costs no database call per request; a revocation is forgotten at once on every instance, and
     * the owner's rights are {@link StaffAccess}'s, as current as theirs.
     */
    Optional<TokenOwner> ownerOf(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        return recent.get(hash(presented), this::lookUp).flatMap(issued -> access.of(issued.username())
                .filter(StaffAccess.Access::active).map(now -> new TokenOwner(issued.tokenId(), issued.username(), now.roles())));
    }

    private Optional<Issued> lookUp(String hash) {
        Optional<Issued> issued = jdbc.sql("""
                SELECT t.id, t.username, t.last_used_at IS NULL OR t.last_used_at < now() - interval '5 minutes' AS stale
                FROM api_token t WHERE t.secret_hash = :h AND t.revoked_at IS NULL
                """)
                .param("h", hash)
                .query((rs, n) -> new Issued(new ApiTokenId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getBoolean(3)))
                .optional();
        // last use is kept to the nearest five minutes, so a busy integration does not write on every call
        issued.filter(Issued::lastUseStale).ifPresent(i -> jdbc.sql("UPDATE api_token SET last_used_at = now() WHERE id = :id")
                .param("id", i.tokenId().value()).update());
        return issued;
    }

    /** A live token's owner and their roles now. */
    record TokenOwner(ApiTokenId tokenId, String username, Set<Role> roles) {
    }

    /** What is remembered of a token: whose it is. */
    private record Issued(ApiTokenId tokenId, String username, boolean lastUseStale) {
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
