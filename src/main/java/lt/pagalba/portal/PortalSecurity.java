package lt.pagalba.portal;

import lt.pagalba.client.ClientDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The portal's own door, before the staff's: its own session cookie and authentication, CSRF on every
 * form (a token cookie of its own, so no HTTP session is made), and no staff role. A staff session
 * is not even read here, and the portal's cookies are sent to {@code /portal} only.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    static final String[] OPEN = {"/portal", "/portal/login", "/portal/login/*"};

    @Bean
    @Order(0)
    SecurityFilterChain portal(HttpSecurity http, PortalSessions sessions, ClientDirectory clients) throws Exception {
        CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
        csrf.setCookieName("PAGALBA_PORTAL_CSRF");
        csrf.setCookiePath("/portal");
        csrf.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        http.securityMatcher("/portal/**")
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(c -> c.csrfTokenRepository(csrf))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new PortalSessionFilter(sessions, clients), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> response.sendRedirect("/portal")))
                .authorizeHttpRequests(a -> a.requestMatchers(OPEN).permitAll().anyRequest().hasAuthority(PortalUser.AUTHORITY))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; frame-ancestors 'none'")));
        return http.build();
    }
}
