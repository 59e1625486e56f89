package lt.pagalba.web;

import java.time.Duration;
import java.util.Locale;
import lt.pagalba.shared.TypedIdConverter;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
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

    /** Outside the shared session's filter (order -2147483598) and security's, so that their database failures are caught too. */
    @Bean
    FilterRegistrationBean<DatabaseUnreachable> databaseUnreachable(MessageSource messages) {
        FilterRegistrationBean<DatabaseUnreachable> registration = new FilterRegistrationBean<>(new DatabaseUnreachable(messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * JSON means what it says: a number is not a yes/no ({@code "send": 1} would e-mail a client), nor a
     * channel ({@code "channel": 1} is not EMAIL), {@code 1.9} minutes are not 1, {@code false} is not a
     * name, {@code "true"} is text, and a key given twice is a mistake, not "the last one wins". Each is
     * a 400 naming the field.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
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
