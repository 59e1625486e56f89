package lt.pagalba.staff;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module states which roles may call its API paths. The rules are checked before the request
 * body is read, so a caller without the role gets 403 whatever they sent.
 */
public interface ApiAccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api);
}
