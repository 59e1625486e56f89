package lt.pagalba.inbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key a message is stored under, so a message read twice is known: its Message-ID, or when it has
 * none a hash of its sender, recipients, date, subject and body (headers added on delivery, such as
 * {@code Received}, do not change it).
 */
final class MessageKeys {

    /** The longest Message-ID kept as one; a longer one is treated as none (RFC 5322 lines stop at 998). */
    private static final int MAX_MESSAGE_ID = 990;

    private MessageKeys() {
    }

    static String of(MimeMessage message, byte[] raw) throws MessagingException {
        String messageId = messageId(message);
        return messageId != null ? messageId : "sha256:" + hash(message, raw);
    }

    /** The key of a message whose headers cannot even be read: a hash of its bytes. */
    static String ofUnreadable(byte[] raw) {
        return "sha256:" + HexFormat.of().formatHex(sha256().digest(raw));
    }

    /** The Message-ID as written, trimmed; null when there is none (or it is too long to be one). */
    static String messageId(MimeMessage message) throws MessagingException {
        String messageId = message.getMessageID();
        if (messageId == null || messageId.isBlank()) {
            return null;
        }
        String id = messageId.trim();
        return id.length() > MAX_MESSAGE_ID ? null : id;
    }

    private static String hash(MimeMessage m, byte[] raw) throws MessagingException {
        MessageDigest digest = sha256();
        for (String name : new String[]{"From", "To", "Cc", "Date", "Subject"}) {
            String value = m.getHeader(name, ",");
            digest.update((name + ":" + (value == null ? "" : value) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        int body = bodyStart(raw);
        digest.update(raw, body, raw.length - body);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Where the body starts (after the first empty line). */
    private static int bodyStart(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                return Math.min(raw.length, i + (raw[i + 1] == '\n' ? 2 : 3));
            }
        }
        return raw.length;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
