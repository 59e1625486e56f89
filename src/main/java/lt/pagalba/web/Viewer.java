package lt.pagalba.web;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the templates: {@code th:if="${@viewer.authenticated()}"}, {@code ${@viewer.name()}},
 * {@code ${@viewer.hasRole('ADMINISTRATOR')}}, {@code ${@viewer.hasAnyRole('ACCOUNTANT', 'ADMINISTRATOR')}}.
 * The same answers as Spring Security's {@code isAuthenticated()}, {@code hasRole} and {@code hasAnyRole} (Pagalba
 * has no role hierarchy), read straight from the request's security context. {@code sec:authorize} found the
 * expression handler among the beans, parsed its expression and built an evaluation context for every check:
 * 9 % of a small page's CPU, for the layout's twelve checks (and the dialect is no longer needed).
 */
@Component("viewer")
public class Viewer {

    private static final String ROLE = "ROLE_";
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Signed in (not anonymous): Spring Security's {@code isAuthenticated()}. */
    public boolean authenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !TRUST.isAnonymous(authentication) && authentication.isAuthenticated();
    }

    /** The signed-in person's user name; empty when nobody is signed in. */
    public String name() {
        return authenticated() ? SecurityContextHolder.getContext().getAuthentication().getName() : "";
    }

    public boolean hasRole(String role) {
        return hasAnyRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null || !authority.startsWith(ROLE)) {
                continue;
            }
            for (String role : roles) {
                if (authority.length() == ROLE.length() + role.length() && authority.endsWith(role)) {
                    return true;
                }
            }
        }
        return false;
    }
}
