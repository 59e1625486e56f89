package lt.pagalba.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                text(locales.resolveLocale(request), messageKey));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
