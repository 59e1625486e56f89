package lt.pagalba.shared;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is doing something: a logged-in staff member, the public web form, or the system itself. */
public record Actor(String name, Set<String> roles) {

    public static final Actor SYSTEM = new Actor("system", Set.of());
    public static final Actor WEB_FORM = new Actor("web-form", Set.of());

    /** The authenticated staff member of this request, or {@link #SYSTEM}. */
    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return SYSTEM;
        }
        return new Actor(auth.getName(), auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }
}
