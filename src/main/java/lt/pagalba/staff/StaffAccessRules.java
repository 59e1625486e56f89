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

    /** The rules as expressions, for the pages' and API methods' {@code @PreAuthorize}. */
    static final String ADMINISTRATOR = "hasRole('ADMINISTRATOR')";
    static final String SELF_OR_ADMINISTRATOR = "hasRole('ADMINISTRATOR') or #username == authentication.name";

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.POST, "/api/v1/staff").hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.PATCH, "/api/v1/staff/*").hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers("/api/v1/staff/{username}/availability", "/api/v1/staff/{username}/tokens",
                        "/api/v1/staff/{username}/tokens/**").access(new WebExpressionAuthorizationManager(SELF_OR_ADMINISTRATOR));
    }
}
