package lt.pagalba.billing;

import lt.pagalba.staff.ApiAccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The accountant runs billing and changes invoices; administrators may read them, and the money reports, too. */
@Component
class BillingAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/reports/revenue", "/api/v1/reports/receivables")
                .hasAnyRole("ACCOUNTANT", "ADMINISTRATOR")
                .requestMatchers("/api/v1/billing-runs", "/api/v1/billing-runs/**").hasRole("ACCOUNTANT")
                .requestMatchers(HttpMethod.GET, "/api/v1/invoices", "/api/v1/invoices/**")
                .hasAnyRole("ACCOUNTANT", "ADMINISTRATOR")
                .requestMatchers("/api/v1/invoices", "/api/v1/invoices/**").hasRole("ACCOUNTANT");
    }
}
