package lt.pagalba.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The templates' {@code @viewer} answers as Spring Security's own expressions do ({@code isAuthenticated()},
 * {@code hasRole}, {@code hasAnyRole}), which {@code sec:authorize} evaluated before, for every kind of
 * authentication a page meets.
 */
class ViewerTests {

    private static final List<String> ROLES = List.of("ADMINISTRATOR", "CONSULTANT", "ACCOUNTANT", "CLIENT", "ADMIN", "ANONYMOUS");

    private final Viewer viewer = new Viewer();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void answersAsSpringSecuritysExpressionsForEveryKindOfVisitor() {
        List<Authentication> visitors = new ArrayList<>();
        visitors.add(new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        visitors.add(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR", "ROLE_CONSULTANT")));
        visitors.add(UsernamePasswordAuthenticationToken.authenticated("buhalterė", null,
                AuthorityUtils.createAuthorityList("ROLE_ACCOUNTANT", "FACTOR_PASSWORD")));
        visitors.add(UsernamePasswordAuthenticationToken.authenticated("klientas", null, AuthorityUtils.createAuthorityList("ROLE_CLIENT")));
        visitors.add(UsernamePasswordAuthenticationToken.unauthenticated("bando", "slaptažodis"));
        visitors.add(new TestingAuthenticationToken("be-rolių", null, AuthorityUtils.NO_AUTHORITIES));
        for (Authentication visitor : visitors) {
            SecurityContextHolder.getContext().setAuthentication(visitor);
            SecurityExpressionRoot<Object> security = new SecurityExpressionRoot<>(() -> visitor, new Object()) {
            };
            String who = visitor.getName() + " " + visitor.getAuthorities();
            assertThat(viewer.authenticated()).as("authenticated: " + who).isEqualTo(security.isAuthenticated());
            assertThat(viewer.name()).as("name: " + who).isEqualTo(security.isAuthenticated() ? visitor.getName() : "");
            for (String role : ROLES) {
                assertThat(viewer.hasRole(role)).as("hasRole(%s): %s", role, who).isEqualTo(security.hasRole(role));
            }
            for (String[] roles : new String[][]{{"ACCOUNTANT", "ADMINISTRATOR"}, {"ADMINISTRATOR", "ACCOUNTANT"}, {"CLIENT"}}) {
                assertThat(viewer.hasAnyRole(roles)).as("hasAnyRole(%s): %s", Arrays.toString(roles), who)
                        .isEqualTo(security.hasAnyRole(roles));
            }
        }
    }

    @Test
    void nobodySignedInHasNoRoleAndNoName() {
        assertThat(viewer.authenticated()).isFalse();
        assertThat(viewer.hasRole("ADMINISTRATOR")).isFalse();
        assertThat(viewer.hasAnyRole("ACCOUNTANT", "ADMINISTRATOR")).isFalse();
        assertThat(viewer.name()).isEmpty();
    }
}
