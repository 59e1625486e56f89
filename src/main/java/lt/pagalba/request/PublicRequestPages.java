package lt.pagalba.request;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import lt.pagalba.shared.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final FormIntake forms;
    private final RequestDesk desk;
    private final RequiredInformation required;
    private final WebFormRateLimit rateLimit;

    PublicRequestPages(RequestIntake intake, FormIntake forms, RequestDesk desk, RequiredInformation required,
                       WebFormRateLimit rateLimit) {
        this.intake = intake;
        this.forms = forms;
        this.desk = desk;
        this.required = required;
        this.rateLimit = rateLimit;
    }

    /**
     * The missing R2 items of a request waiting for information, sent with its number (the e-mail's
     * automatic reply points here). A post without any contact field still binds (to an empty contact).
     */
    record Completion(String number, String email, String companyName, RequestRegistration.Contact contact) {

        Completion {
            contact = contact == null ? RequestRegistration.Contact.NONE : contact;
        }
    }

    @GetMapping("/papildyti")
    String completionForm(@RequestParam(name = "number", required = false) String number, Model model) {
        model.addAttribute("completion", new Completion(number == null ? "" : number.trim(), "", "",
                new RequestRegistration.Contact("", "", "", "", null)));
        return "request/public-complete";
    }

    /**
     * Completes a request waiting for information. The number alone is not enough (anyone may
     * guess one): the e-mail address the request came from must be given too, and a wrong pair
     * gets the same answer as an unknown number.
     */
    @PostMapping("/papildyti")
    String complete(@ModelAttribute("completion") Completion form, BindingResult result,
                    @RequestParam(name = "website", required = false) String honeypot,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        if (honeypot != null && !honeypot.isBlank()) {
            return "request/public-thanks";
        }
        if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("tooMany", true);
            return "request/public-complete";
        }
        String email = form.email() == null ? "" : form.email().trim();
        String number = form.number() == null ? "" : form.number().trim();
        if (number.isEmpty() || email.isEmpty()) {
            response.setStatus(422);
            if (number.isEmpty()) {
                result.rejectValue("number", "NotBlank");
            }
            if (email.isEmpty()) {
                result.rejectValue("email", "NotBlank");
            }
            return "request/public-complete";
        }
        var waiting = desk.findByNumber(number)
                .filter(r -> r.status() == RequestStatus.AWAITING_INFORMATION)
                .filter(r -> r.contact().hasEmail(email));
        if (waiting.isEmpty()) {
            response.setStatus(422);
            result.reject("webform.complete.notFound");
            return "request/public-complete";
        }
        RequestRegistration.Contact c = form.contact();
        RequestView after = intake.completeFromPublicForm(waiting.get().id(), new RequestRegistration(Channel.WEB,
                form.companyName(), null, c == null ? null : new RequestRegistration.Contact(c.firstName(), c.lastName(),
                c.position(), c.phone(), email), null, null, null, null, null));
        if (after.status() == RequestStatus.AWAITING_INFORMATION) {
            response.setStatus(422);
            model.addAttribute("stillMissing", after.missingItems());
            return "request/public-complete";
        }
        model.addAttribute("registered", after);
        return "request/public-thanks";
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new RequestRegistration(Channel.WEB, "", null,
                new RequestRegistration.Contact("", "", "", "", ""), "", "", false, null, null));
        model.addAttribute("formKey", UUID.randomUUID());
        return "request/public-form";
    }

    /**
     * Registers the request once per form (its one-time key) and sends the browser on to the thanks
     * page of that key: a reload shows the number again, a form sent twice registers one request.
     */
    @PostMapping
    String submit(@ModelAttribute("form") RequestRegistration form, BindingResult result,
                  @RequestParam(name = "website", required = false) String honeypot,
                  @RequestParam(name = "formKey", required = false) String formKey,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        if (honeypot != null && !honeypot.isBlank()) {
            return "request/public-thanks"; // a bot: it sees a thank-you, nothing is registered
        }
        UUID key = FormKeys.parse(formKey);
        model.addAttribute("formKey", key);
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
        FormIntake.FromForm registered = required.complete(web, result)
                // the acknowledgement goes out in the language the client filled the form in
                .map(checked -> checked.from(new NewRequest.Origin(LocaleContextHolder.getLocale().getLanguage(), null, false)))
                .map(checked -> FormErrors.attempt(result, () -> forms.registerFromPublicForm(key, checked)))
                .orElse(null);
        if (registered == null) {
            return "request/public-form";
        }
        return "redirect:/pagalba/aciu/" + key + (registered.repeated() ? "?again" : "");
    }

    /** The thanks page of one form: its key, known only to the browser that sent it, shows the number it got. */
    @GetMapping("/aciu/{key}")
    String thanks(@PathVariable String key, @RequestParam(required = false) String again, Model model) {
        forms.registeredWith(FormKeys.parse(key)).ifPresent(registered -> model.addAttribute("registered", registered));
        model.addAttribute("again", again != null && model.containsAttribute("registered"));
        return "request/public-thanks";
    }
}
