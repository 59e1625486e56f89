package lt.pagalba.statement;

import lt.pagalba.staff.ApiAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Statements and report subscriptions are for administrators and accountants, reading included
 * (they show a client's whole journal); the client's details show the subscription to every staff member.
 */
@Component
class StatementAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/statements/**", "/api/v1/clients/*/statements",
                        "/api/v1/clients/*/report-subscription", "/api/v1/clients/*/report-subscription/**")
                .hasAnyRole("ADMINISTRATOR", "ACCOUNTANT");
    }
}
