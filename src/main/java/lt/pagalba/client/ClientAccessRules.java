package lt.pagalba.client;

import lt.pagalba.shared.Role;
import lt.pagalba.staff.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Administrators and accountants register and change clients, contacts and contracts (the
 * {@code /clients/**} tree); every staff member may read them.
 */
@Component
class ClientAccessRules implements ApiAccessRules {

    /** The same rule for the pages and the API methods that change clients. */
    static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')";

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        for (HttpMethod method : new HttpMethod[]{HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            api.requestMatchers(method, "/api/v1/clients", "/api/v1/clients/**")
                    .hasAnyRole(Role.ADMINISTRATOR.name(), Role.ACCOUNTANT.name());
        }
    }
}
