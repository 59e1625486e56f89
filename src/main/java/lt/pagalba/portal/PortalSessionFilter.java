package lt.pagalba.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.EmailAddress;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Reads the portal's session cookie on every portal request and checks, in one look-up, that the
 * session's contact still exists with the same address: a removed (or re-addressed) contact's
 * sessions end at once. Pages then speak the client's language unless the person chose one.
 */
class PortalSessionFilter extends OncePerRequestFilter {

    private static final String LANGUAGE_COOKIE = "pagalba-lang";

    private final PortalSessions sessions;
    private final ClientDirectory clients;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    PortalSessionFilter(PortalSessions sessions, ClientDirectory clients) {
        this.sessions = sessions;
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PortalCookies.session(request).flatMap(sessions::find).ifPresentOrElse(session -> {
            Optional<String> language = stillValid(session);
            if (language.isEmpty()) {
                sessions.end(session.hash());
                PortalCookies.clear(request, response);
                return;
            }
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(new PortalUser(session, language.get()));
            holder.setContext(context);
            if (WebUtils.getCookie(request, LANGUAGE_COOKIE) == null) {
                request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, Locale.forLanguageTag(language.get()));
            }
        }, () -> {
            if (PortalCookies.session(request).isPresent()) {
                PortalCookies.clear(request, response); // expired or ended elsewhere
            }
        });
        chain.doFilter(request, response);
    }

    /** The client's language while the session's contact (or, before the choice, some contact) has the address; empty when not. */
    private Optional<String> stillValid(PortalSession session) {
        EmailAddress email = new EmailAddress(session.email());
        if (!session.hasChosen()) {
            return clients.contactsByEmail(email).isEmpty() ? Optional.empty() : Optional.of("lt");
        }
        return clients.findWithContact(session.clientId(), email)
                .filter(found -> found.contact().filter(c -> c.id().equals(session.contactId())).isPresent())
                .map(found -> found.client().language());
    }
}
