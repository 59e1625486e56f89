package lt.pagalba.servicelevel;

import java.util.Arrays;
import lt.pagalba.shared.Role;
import lt.pagalba.staff.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every staff member may read the working calendar; only an administrator changes it. The service-level
 * report is for administrators and accountants.
 */
@Component
class ServiceLevelAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/working-calendar").hasAnyRole(allRoles());
        api.requestMatchers("/api/v1/working-calendar", "/api/v1/working-calendar/**").hasRole(Role.ADMINISTRATOR.name());
        api.requestMatchers(HttpMethod.GET, "/api/v1/reports/service-levels")
                .hasAnyRole(Role.ADMINISTRATOR.name(), Role.ACCOUNTANT.name());
    }

    private static String[] allRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    }
}
