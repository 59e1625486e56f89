package lt.pagalba.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import lt.pagalba.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session carries the rights its staff member had at login; this holds it to the rights they
 * have now, on every request: a deactivated staff member's session ends (the next page asks to log
 * in), changed roles replace the session's ones. Asked of {@link StaffAccess}, so it costs no
 * database call and counts on every instance as soon as the change is signalled.
 */
class CurrentRights extends OncePerRequestFilter {

    private final StaffAccess access;
    private final SecurityContextRepository contexts;

    CurrentRights(StaffAccess access, SecurityContextRepository contexts) {
        this.access = access;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof UsernamePasswordAuthenticationToken login && login.isAuthenticated()) {
            var standing = access.of(login.getName()).filter(StaffAccess.Access::active);
            if (standing.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!authorities(login).equals(authorities(standing.get().roles()))) {
                var now = UsernamePasswordAuthenticationToken.authenticated(login.getName(), null,
                        authorities(standing.get().roles()).stream().map(SimpleGrantedAuthority::new).toList());
                now.setDetails(login.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(now);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static Set<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static Set<String> authorities(Set<Role> roles) {
        return roles.stream().map(Role::authority).collect(Collectors.toSet());
    }
}
