package lt.pagalba.journal;

import lt.pagalba.shared.Role;
import lt.pagalba.staff.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The hours report is for administrators and accountants; the rest of the journal decides per call. */
@Component
class JournalAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/reports/hours").hasAnyRole(Role.ADMINISTRATOR.name(), Role.ACCOUNTANT.name());
    }
}
