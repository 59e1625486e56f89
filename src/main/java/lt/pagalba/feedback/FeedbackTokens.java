package lt.pagalba.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feedback links: 256 random bits followed by a 128-bit HMAC-SHA256 of them under a server secret,
 * base64url. A changed link fails the HMAC before the database is asked; the database keeps only the
 * SHA-256 of the random part, so its contents alone open no link. The secret comes from
 * {@code pagalba.feedback.secret}, else is made once and kept in the database for every instance.
 */
@Component
class FeedbackTokens {

    private static final int RANDOM_BYTES = 32;
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    static final int LENGTH = ENCODE.encodeToString(new byte[RANDOM_BYTES]).length()
            + ENCODE.encodeToString(new byte[MAC_BYTES]).length();

    /** A new link's token (to send) and its hash (to store). */
    record Issued(String token, byte[] hash) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final String configured;
    private volatile byte[] secret;

    FeedbackTokens(JdbcClient jdbc, @Value("${pagalba.feedback.secret:}") String configured) {
        if (!configured.isBlank() && configured.length() < 32) {
            throw new IllegalStateException("pagalba.feedback.secret (PAGALBA_FEEDBACK_SECRET) must be at least 32 characters");
        }
        this.jdbc = jdbc;
        this.configured = configured;
    }

    Issued issue() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new Issued(ENCODE.encodeToString(bytes) + ENCODE.encodeToString(mac(bytes)), sha256(bytes));
    }

    /** The hash to look the token up by, or empty when the token is malformed or its signature is wrong. */
    Optional<byte[]> verify(String token) {
        if (token == null || token.length() != LENGTH) {
            return Optional.empty();
        }
        int split = ENCODE.encodeToString(new byte[RANDOM_BYTES]).length();
        try {
            byte[] bytes = DECODE.decode(token.substring(0, split));
            byte[] signature = DECODE.decode(token.substring(split));
            // a token is canonical: re-encoding gives it back exactly, so no two spellings open one link
            if (!token.equals(ENCODE.encodeToString(bytes) + ENCODE.encodeToString(signature))
                    || !MessageDigest.isEqual(signature, mac(bytes))) {
                return Optional.empty();
            }
            return Optional.of(sha256(bytes));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(bytes), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = configured.isBlank() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
                }
                known = secret;
            }
        }
        return known;
    }

    /** The shared secret in the database; the first instance to need it makes it. */
    private byte[] stored() {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("INSERT INTO feedback_secret (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
                .param("secret", fresh).update();
        return jdbc.sql("SELECT secret FROM feedback_secret WHERE id = 1").query(byte[].class).single();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
