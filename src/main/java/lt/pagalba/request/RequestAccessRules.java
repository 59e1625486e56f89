package lt.pagalba.request;

import lt.pagalba.staff.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Administrators register requests; who may assign or move a request is decided per request by {@link RequestDesk}. */
@Component
class RequestAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.POST, "/api/v1/requests").hasRole("ADMINISTRATOR");
    }
}
