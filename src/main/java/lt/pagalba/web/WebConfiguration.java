package lt.pagalba.web;

import java.time.Duration;
import java.util.Locale;
import lt.pagalba.shared.TypedIdConverter;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Lithuanian first: pages are Lithuanian until the user picks English ({@code ?lang=en}, kept in a
 * cookie). API callers get their {@code Accept-Language}, Lithuanian without one.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale LITHUANIAN = Locale.forLanguageTag("lt");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("pagalba-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            String accept = request.getHeader("Accept-Language");
            boolean api = request.getRequestURI().startsWith("/api/");
            if (api && accept != null && request.getLocale().getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            return LITHUANIAN;
        });
        return resolver;
    }

    /**
     * A number is not a yes/no: {@code "send": 1} is a wrong type (400 naming the field), not a silent
     * {@code true} that e-mails a client.
     */
    @Bean
    JsonMapperBuilderCustomizer noNumbersForBooleans() {
        return builder -> builder.withCoercionConfig(LogicalType.Boolean,
                config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }

    /**
     * Links on pages are written as they are, not looked up in the static-resource chain: no resource
     * is versioned, and the chain (switched on by the webjars locator) searched the whole class path
     * for every link of every page without remembering a miss: most of the time of a request page with
     * a long conversation (bench/RESULTS.md). Version-less webjar URLs are still resolved when served.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> linksAsWritten() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** Typed ids bind from path variables and parameters; text that is no id is an unknown record (404). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new TypedIdConverter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // only the languages Pagalba speaks; anything else falls back to Lithuanian
                return "en".equalsIgnoreCase(value) ? Locale.ENGLISH : LITHUANIAN;
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
