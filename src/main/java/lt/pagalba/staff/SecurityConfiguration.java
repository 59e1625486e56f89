package lt.pagalba.staff;

import java.util.List;
import java.util.Map;
import lt.pagalba.shared.Problems;
import lt.pagalba.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the API ({@code /api/**}, and the actuator for monitoring) takes HTTP Basic or a bearer
 * API token and keeps no session; the pages use form login with CSRF protection and a session kept
 * in PostgreSQL (so any instance serves it). Roles are checked on the controllers, and both doors
 * hold a caller to the rights they have now ({@link StaffAccess}). No page's address goes to another
 * site as a referrer: links in e-mails carry secrets (feedback tokens).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/login", "/pagalba", "/pagalba/**", "/atsiliepimas/**", "/css/**", "/js/**",
            "/webjars/**", "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /** Scripts only from Pagalba's own files: no inline script or handler runs, whatever a page shows. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    private final Problems problems;

    SecurityConfiguration(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.problems = new Problems(messages, locales, json);
    }

    /**
     * Argon2 (no length limit, memory-hard), with the algorithm's id stored in the hash; bcrypt hashes
     * of earlier versions, with or without their id, still match and are replaced on the next login.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }

    /**
     * No observation of each security filter, authentication and authorization: with an observation
     * registry present, Spring Security otherwise wraps every filter of the chain in one, and even
     * switched off by {@code management.observations.enable} the wrapping stays (bench/RESULTS.md). The
     * calls themselves are still measured ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall with its own rules for headers and parameters, checked without a
     * regular expression. What it refuses is a 400 with problem details in the caller's language, as every
     * other refusal; Spring Security's own answer was a 400 without a body.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(PrintableText.NAME);
        firewall.setAllowedHeaderValues(PrintableText.HEADER_VALUE);
        firewall.setAllowedParameterNames(PrintableText.NAME);
        return web -> web.httpFirewall(firewall).requestRejectedHandler((request, response, rejected) ->
                problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.rejected"));
    }

    /** Refusals before any controller ran get the same problem details, in the caller's language, as the controllers' errors. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, StaffAuthentication logins,
                            List<ApiAccessRules> rules) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (e instanceof InternalAuthenticationServiceException && e.getCause() instanceof DataAccessException) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.http.503");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Pagalba\", Bearer");
            if (e instanceof StaffAuthentication.MustWait wait) {
                long seconds = Math.max(1, wait.waitFor().toSeconds());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.throttled", seconds);
                return;
            }
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authenticationProvider(logins)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").hasRole(Role.ADMINISTRATOR.name());
                    rules.forEach(rule -> rule.configure(a));
                    a.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, StaffAccess access, StaffAuthentication logins) throws Exception {
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
                .securityContext(c -> c.securityContextRepository(contexts))
                .authenticationProvider(logins)
                // a new session at login, the anonymous one deleted, rather than a changed id: Spring Session
                // JDBC saves a session with its id, so a request of the login page still under way (the icon,
                // say) would write the old id back over the changed one and log the staff member out
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession()))
                .addFilterAfter(new CurrentRights(access, contexts), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
