package lt.pagalba.portal;

import jakarta.servlet.http.HttpServletResponse;
import lt.pagalba.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every portal page shows (the vendor's name and logo from settings, who is logged in) and the
 * portal's own "not found": the same page for what does not exist and for what is another company's.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalAdvice {

    private final String vendor;
    private final String logo;

    PortalAdvice(@Value("${pagalba.seller.name}") String vendor, @Value("${pagalba.portal.logo-url:}") String logo) {
        this.vendor = vendor;
        this.logo = logo;
    }

    @ModelAttribute
    void common(Model model, PortalUser user) {
        model.addAttribute("vendorName", vendor);
        model.addAttribute("vendorLogo", logo.isBlank() ? null : logo);
        // plain values: templates reach no package-private method
        model.addAttribute("portalEmail", user == null ? null : user.email());
        model.addAttribute("portalChosen", user != null && user.session().hasChosen());
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("vendorName", vendor);
        model.addAttribute("vendorLogo", logo.isBlank() ? null : logo);
        return "portal/not-found";
    }
}
