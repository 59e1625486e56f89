package lt.pagalba.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an idempotent call asked for, as one SHA-256: its method, path, query and body. The body is read
 * once here and served again to the application from memory; a multipart body is left to the servlet
 * container, which parses it once and keeps its parts, and its parts are hashed.
 */
final class CallFingerprint {

    /** The call to pass on (its body readable again) and its fingerprint. */
    record Call(HttpServletRequest request, String fingerprint) {
    }

    private CallFingerprint() {
    }

    static Call of(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            for (Part part : request.getParts()) {
                digest.update((part.getName() + "\n" + part.getContentType() + "\n" + part.getSubmittedFileName() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                try (InputStream in = part.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return new Call(request, HexFormat.of().formatHex(digest.digest()));
        }
        byte[] body = request.getInputStream().readAllBytes();
        digest.update(body);
        return new Call(new ReadAgain(request, body), HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The request with its body served from memory. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(charset)));
        }
    }
}
