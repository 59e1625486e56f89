package lt.pagalba.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public web form (R1) at {@code /pagalba}: clients register a request themselves, with the same
 * required information as on the phone (R2). Abuse is kept out by the CSRF token, a honeypot field
 * that people never see, a rate limit per address and size limits on every field.
 */
@Controller
@RequestMapping("/pagalba")
class PublicRequestPages {

    private final RequestIntake intake;
    private final WebFormRateLimit rateLimit;

    PublicRequestPages(RequestIntake intake, WebFormRateLimit rateLimit) {
        this.intake = intake;
        this.rateLimit = rateLimit;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new RequestRegistration(Channel.WEB, "", null,
                new RequestRegistration.Contact("", "", "", "", ""), "", "", false, null, null));
        return "request/public-form";
    }

    @PostMapping
    String submit(@ModelAttribute("form") RequestRegistration form, BindingResult result,
                  @RequestParam(name = "website", required = false) String honeypot,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        if (honeypot != null && !honeypot.isBlank()) {
            return "request/public-thanks"; // a bot: it sees a thank-you, nothing is registered
        }
        if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("tooMany", true);
            return "request/public-form";
        }
        if (result.hasErrors()) {
            return "request/public-form";
        }
        RequestRegistration web = new RequestRegistration(Channel.WEB, form.companyName(), null, form.contact(),
                form.summary(), form.description(), false, null, null);
        SupportRequest registered = FormErrors.attempt(result, () -> intake.register(web, Actor.WEB_FORM));
        if (registered == null) {
            return "request/public-form";
        }
        model.addAttribute("registered", registered);
        return "request/public-thanks";
    }
}
