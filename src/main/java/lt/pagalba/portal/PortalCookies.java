package lt.pagalba.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/** The portal's own session cookie: only ever sent to {@code /portal}, never readable by scripts. */
final class PortalCookies {

    static final String SESSION = "PAGALBA_PORTAL";

    private PortalCookies() {
    }

    static Optional<String> session(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> SESSION.equals(c.getName()))
                .map(Cookie::getValue).filter(Secrets::looksLikeToken).findFirst();
    }

    static void set(HttpServletRequest request, HttpServletResponse response, String token) {
        write(request, response, token, PortalSessions.LASTS.toSeconds());
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        write(request, response, "", 0);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String value, long maxAge) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(SESSION, value).path("/portal").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").maxAge(maxAge).build().toString());
    }
}
