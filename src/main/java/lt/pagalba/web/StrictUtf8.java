package lt.pagalba.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON body must be valid UTF-8 (RFC 3629): the JSON parser would decode an overlong form
 * ({@code C0 AF} as {@code /}) or an encoded surrogate into text that was never sent. Each byte is
 * checked as it is read (no copy of the body); the first wrong one ends the reading with
 * {@link Refused}, which the API answers with a 400 before anything is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StrictUtf8 extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            boolean json = media.isCompatibleWith(MediaType.APPLICATION_JSON) || media.getSubtype().endsWith("+json");
            return !json || media.getCharset() != null && !StandardCharsets.UTF_8.equals(media.getCharset());
        } catch (IllegalArgumentException unreadable) {
            return true; // Spring refuses it itself (415)
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream checked;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (checked == null) {
                    checked = new Checked(request.getInputStream());
                }
                return checked;
            }
        }, response);
    }

    /** Thrown while reading a body that is not UTF-8. */
    static final class Refused extends IOException {
        Refused(long offset) {
            super("The body is not valid UTF-8 (byte " + offset + ")");
        }
    }

    private static final class Checked extends ServletInputStream {

        private final ServletInputStream body;
        private final Utf8 utf8 = new Utf8();
        private long offset;

        Checked(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            check(b);
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int read = body.read(buffer, from, length);
            if (read < 0) {
                check(-1);
            }
            for (int i = 0; i < read; i++) {
                check(buffer[from + i] & 0xFF);
            }
            return read;
        }

        private void check(int b) throws Refused {
            if (b < 0 ? !utf8.complete() : !utf8.accept(b)) {
                throw new Refused(offset);
            }
            offset++;
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }

    /** The UTF-8 decoder's state machine of the WHATWG Encoding standard: shortest forms only, no surrogates. */
    static final class Utf8 {

        private int needed;
        private int lower = 0x80;
        private int upper = 0xBF;

        boolean accept(int b) {
            if (needed == 0) {
                if (b <= 0x7F) {
                    return true;
                }
                if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                    needed = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                    needed = 3;
                } else {
                    return false;
                }
                return true;
            }
            if (b < lower || b > upper) {
                return false;
            }
            lower = 0x80;
            upper = 0xBF;
            needed--;
            return true;
        }

        boolean complete() {
            return needed == 0;
        }
    }
}
