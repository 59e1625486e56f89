package lt.pagalba.feedback;

import lt.pagalba.staff.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Client ratings are for the administrator; the feedback report also for the accountant. */
@Component
class FeedbackAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/reports/feedback").hasAnyRole("ADMINISTRATOR", "ACCOUNTANT")
                .requestMatchers("/api/v1/feedback", "/api/v1/feedback/**").hasRole("ADMINISTRATOR");
    }
}
