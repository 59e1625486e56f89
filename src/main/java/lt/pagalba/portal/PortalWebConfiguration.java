package lt.pagalba.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A contact of several clients picks the company before any page of one. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                if (SecurityContextHolder.getContext().getAuthentication() instanceof PortalUser user && !user.session().hasChosen()) {
                    response.sendRedirect("/portal/company");
                    return false;
                }
                return true;
            }
        }).addPathPatterns("/portal/**").excludePathPatterns("/portal/login", "/portal/login/*", "/portal/company",
                "/portal/logout", "/portal/logout-everywhere");
    }
}
