package lt.pagalba.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Login links and session cookies: 256 random bits, of which only the SHA-256 is ever stored. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    // base64url of 32 bytes without padding is 43 characters
    private static final int TOKEN_LENGTH = 43;

    private Secrets() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text looks like a token at all (an altered or cut link is refused before any look-up). */
    static boolean looksLikeToken(String text) {
        return text != null && text.length() == TOKEN_LENGTH && text.matches("[A-Za-z0-9_-]+");
    }

    static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The hash of an e-mail address as typed, without case: the rate limit's key for it. */
    static byte[] addressKey(String email) {
        return hash("email:" + email.trim().toLowerCase(Locale.ROOT));
    }

    static byte[] ipKey(String ip) {
        return hash("ip:" + ip);
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
