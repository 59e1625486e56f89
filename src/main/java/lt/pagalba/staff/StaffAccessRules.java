package lt.pagalba.staff;

import lt.pagalba.shared.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.stereotype.Component;

/** Administrators manage staff; everyone may read the staff list and manage their own duty and tokens. */
@Component
class StaffAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        var selfOrAdmin = new WebExpressionAuthorizationManager(
                "hasRole('ADMINISTRATOR') or #username == authentication.name");
        api.requestMatchers(HttpMethod.POST, "/api/v1/staff").hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.PATCH, "/api/v1/staff/*").hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers("/api/v1/staff/{username}/availability", "/api/v1/staff/{username}/tokens",
                        "/api/v1/staff/{username}/tokens/**").access(selfOrAdmin);
    }
}
