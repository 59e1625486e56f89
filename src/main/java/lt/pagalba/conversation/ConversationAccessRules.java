package lt.pagalba.conversation;

import lt.pagalba.staff.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Administrators manage reply templates; who writes on a request's conversation is decided per request
 * (a consultant on it, or an administrator), and every staff member reads it.
 */
@Component
class ConversationAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.POST, "/api/v1/reply-templates").hasRole("ADMINISTRATOR")
                .requestMatchers(HttpMethod.PUT, "/api/v1/reply-templates/*").hasRole("ADMINISTRATOR")
                .requestMatchers(HttpMethod.DELETE, "/api/v1/reply-templates/*").hasRole("ADMINISTRATOR");
    }
}
