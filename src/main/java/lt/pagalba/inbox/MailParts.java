package lt.pagalba.inbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a mail, walked depth first: the text (plain preferred, else HTML) and the files. A part
 * is a file when it says so, has a name, or is neither plain text nor HTML; its name loses any path
 * and control characters, as it is shown and served back as a download name.
 */
final class MailParts {

    private String plain;
    private String html;
    private final List<ParsedMail.File> files = new ArrayList<>();

    private MailParts() {
    }

    static MailParts of(Part message) throws MessagingException, IOException {
        MailParts parts = new MailParts();
        walk(message, parts);
        return parts;
    }

    /** The plain text (all text/plain parts), else the HTML part as text, else nothing. */
    String text() {
        return plain != null ? plain : html != null ? HtmlText.of(html) : "";
    }

    List<ParsedMail.File> files() {
        return files;
    }

    private static void walk(Part part, MailParts content) throws MessagingException, IOException {
        String fileName = fileName(part);
        if (part.isMimeType("multipart/*")) {
            if (!(part.getContent() instanceof Multipart multipart)) {
                throw new MessagingException("A multipart without parts");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), content);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null
                || !(part.isMimeType("text/plain") || part.isMimeType("text/html"))) {
            String name = fileName != null ? fileName : part.isMimeType("message/rfc822") ? "message.eml" : "attachment";
            content.files.add(new ParsedMail.File(name, baseType(part), bytes(part)));
        } else if (part.isMimeType("text/plain")) {
            content.plain = content.plain == null ? text(part) : content.plain + "\n\n" + text(part);
        } else if (content.html == null) {
            content.html = text(part);
        }
    }

    /** The text of a part in its declared charset; an unknown or missing charset is read as UTF-8, else Windows-1257. */
    private static String text(Part part) throws MessagingException, IOException {
        String charset = null;
        try {
            charset = new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException ignored) {
            // a malformed Content-Type: read the bytes as below
        }
        byte[] bytes = bytes(part);
        Charset known = charset(charset);
        if (known != null) {
            return new String(bytes, known);
        }
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        return utf8.indexOf('\uFFFD') < 0 ? utf8 : new String(bytes, Charset.forName("windows-1257"));
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.trim()));
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            // keep it as written
        }
        // no path, no control characters: it is shown and served back as a download name
        name = name.replaceAll("[\\p{Cntrl}]", "").replaceAll(".*[/\\\\]", "").strip();
        return name.isEmpty() ? null : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String baseType(Part part) {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }
}
