package lt.pagalba.request;

import java.util.LinkedHashMap;
import java.util.Objects;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Text;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request page's "Edit" form: checked as the intake's form is, then sent on as the merge patch of
 * the fields that differ (so the lead, who may change the summary and the description, can send the
 * whole form). A refusal comes back to the page with the form as typed and each message beside its field.
 */
@Controller
class RequestCorrectionPages {

    private final RequestCorrections corrections;
    private final RequestDesk desk;
    private final RequiredInformation required;
    private final ClientDirectory clients;
    private final MessageSource messages;
    private final JsonMapper json;

    RequestCorrectionPages(RequestCorrections corrections, RequestDesk desk, RequiredInformation required,
                           ClientDirectory clients, MessageSource messages, JsonMapper json) {
        this.corrections = corrections;
        this.desk = desk;
        this.required = required;
        this.clients = clients;
        this.messages = messages;
        this.json = json;
    }

    @PostMapping("/requests/{id}/correct")
    String correct(@PathVariable RequestId id, @ModelAttribute("correctionForm") RequestRegistration form,
                   BindingResult result, RedirectAttributes redirect) {
        RequestView now = desk.get(id);
        RequestRegistration current = RequestRegistration.of(now, desk.clientNotConfirmed(id)
                .map(ClientNotConfirmed::companyAsTyped).orElse(null));
        // the client of a request not confirmed is set by the confirmation box, not here
        RequestRegistration typed = now.client() == null ? form.withCompany(current.companyName(), null)
                : form.withCompany(form.companyName(), current.clientId());
        if (!result.hasErrors() && required.complete(typed, result).isPresent()) {
            ObjectNode patch = patch(current, typed, result);
            if (!result.hasErrors()) {
                FormErrors.attempt(result, () -> corrections.correct(id, patch, Actor.current()));
            }
        }
        if (!result.hasErrors()) {
            redirect.addFlashAttribute("corrected", true);
            return "redirect:/requests/" + id;
        }
        LinkedHashMap<String, String> errors = new LinkedHashMap<>();
        result.getAllErrors().forEach(error -> errors.putIfAbsent(error instanceof FieldError f ? f.getField() : "",
                messages.getMessage(error, LocaleContextHolder.getLocale())));
        redirect.addFlashAttribute("correctionForm", form);
        redirect.addFlashAttribute("correctionErrors", errors);
        return "redirect:/requests/" + id + "#correct";
    }

    /** The fields the form changed; a company name other than the client's names another client, found as the intake finds it. */
    private ObjectNode patch(RequestRegistration current, RequestRegistration typed, BindingResult result) {
        ObjectNode patch = json.createObjectNode();
        if (!Objects.equals(Text.blankToNull(current.summary()), Text.blankToNull(typed.summary()))) {
            patch.put("summary", typed.summary());
        }
        if (!Objects.equals(Text.blankToNull(current.description()), Text.blankToNull(typed.description()))) {
            patch.put("description", typed.description());
        }
        if (!sameContact(current.contact(), typed.contact())) {
            patch.set("contact", json.valueToTree(typed.contact()));
        }
        if (current.isUrgent() != typed.isUrgent()) {
            patch.put("urgent", typed.isUrgent());
        }
        if (current.channel() != typed.channel()) {
            patch.put("channel", typed.channel().name());
        }
        if (current.clientId() != null && !current.companyName().equals(typed.companyName().trim())) {
            clients.match(typed.companyName()).ifPresentOrElse(client -> patch.put("clientId", client.id().text()),
                    () -> result.rejectValue("companyName", "request.confirm.noSuchClient", new Object[]{typed.companyName().trim()}, null));
        }
        return patch;
    }

    private static boolean sameContact(RequestRegistration.Contact a, RequestRegistration.Contact b) {
        return Objects.equals(a.firstName(), b.firstName()) && Objects.equals(a.lastName(), b.lastName())
                && Objects.equals(a.position(), b.position()) && Objects.equals(a.phone(), b.phone())
                && Objects.equals(a.email(), b.email());
    }
}
