package lt.pagalba.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Passwords this instance checked with Argon2 in the last minutes, so that an integration calling
 * with HTTP Basic does not pay a deliberately slow hash (and 16 MB of memory) on every call. Kept is
 * only an HMAC of the password under a key made at start and never stored, so neither a database
 * copy nor a log holds anything to guess against. A changed staff member is forgotten on every
 * instance at once ({@link StaffAccess}); a wrong password always gets the full Argon2 check.
 */
@Component
class VerifiedPasswords {

    private final SecretKeySpec key;
    private final Cache<String, byte[]> verified = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();

    VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean recentlyVerified(String username, String password) {
        byte[] known = verified.getIfPresent(username);
        return known != null && MessageDigest.isEqual(known, mac(username, password));
    }

    void remember(String username, String password) {
        verified.put(username, mac(username, password));
    }

    void forget(String username) {
        verified.invalidate(username);
    }

    void forgetAll() {
        verified.invalidateAll();
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
