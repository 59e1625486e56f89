package lt.pagalba.tax;

import lt.pagalba.staff.ApiAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The accountant files the i.SAF; the sales register is the accountant's and the administrators' to
 * read. (A document's e-invoice is read like the document: billing's rules for invoices.)
 */
@Component
class TaxAccessRules implements ApiAccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/tax/isaf").hasRole("ACCOUNTANT")
                .requestMatchers("/api/v1/tax/**").hasAnyRole("ACCOUNTANT", "ADMINISTRATOR");
    }
}
