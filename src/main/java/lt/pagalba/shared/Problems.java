package lt.pagalba.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details (RFC 9457) with their text in the caller's language: the one builder behind every
 * API error, whether a controller failed (web's {@code ApiProblems}) or the security filters refused
 * the call before any controller ran (401, 403). Each user makes its own from the application's
 * message bundles, locale resolver and JSON mapper (so it needs no bean of this module).
 */
public final class Problems {

    /** How long a caller should wait before trying again while the database cannot be reached (503). */
    public static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        // the mix-in Spring MVC writes problem details with, so a body written here looks the same
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    /** A problem whose detail is the message under this key, in the language of the call being answered. */
    public ProblemDetail of(HttpStatus status, String messageKey, Object... arguments) {
        return ProblemDetail.forStatusAndDetail(status, text(messageKey, arguments));
    }

    /** The message under this key in the language of the call being answered; the key itself when there is none. */
    public String text(String key, Object... arguments) {
        return text(LocaleContextHolder.getLocale(), key, arguments);
    }

    /**
     * Answers a call outside Spring MVC (a security filter) with the problem under this key, in the
     * caller's language as the application resolves it, written as MVC writes problem details.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey,
                      Object... arguments) throws IOException {
        write(request, response, status.value(), text(locales.resolveLocale(request), messageKey, arguments));
    }

    /**
     * The same with a detail already in words; on an error page's dispatch the problem names the path
     * that failed, not the error page.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        instance(failed instanceof String path ? path : request.getRequestURI()).ifPresent(problem::setInstance);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** The words for an HTTP status in the caller's language ({@code problem.http.404}), or the general ones. */
    public String statusText(HttpServletRequest request, int status) {
        Locale locale = locales.resolveLocale(request);
        String general = messages.getMessage("problem.http", new Object[]{status}, "HTTP " + status, locale);
        return messages.getMessage("problem.http." + status, null, general, locale);
    }

    /** The path asked for, when it is a valid URI: a caller may send a path no URI parser takes. */
    private static Optional<URI> instance(String path) {
        try {
            return Optional.ofNullable(path).map(URI::create);
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
