package lt.pagalba.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files are served from three paths only, instead of Boot's default {@code /**}: every link
 * a page builds with {@code @{…}} goes through the resource chain's URL lookup, and under {@code /**}
 * each one ({@code /requests/<id>}, …) was searched for as a file on the whole classpath, a miss that
 * is never cached — 78 % of the journal page's CPU (bench/RESULTS.md). Links outside these paths now
 * match no resource handler and cost nothing. Boot's own mappings are off
 * ({@code spring.web.resources.add-mappings: false}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        // htmx is linked without its version; the webjars locator finds the one on the classpath
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
