package lt.pagalba.request;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.RequestId;
import lt.pagalba.shared.Role;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.TypedId;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The phone intake page and the request page (the journal is {@link RegistrationJournalPages}). */
@Controller
@RequestMapping("/requests")
class RequestPages {

    private final FormIntake forms;
    private final RequestDesk desk;
    private final RequiredInformation required;
    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final MessageSource messages;
    private final List<PageSection<RequestView>> sections;
    private final RequestLinks links;

    RequestPages(FormIntake forms, RequestDesk desk, RequiredInformation required, ClientDirectory clients,
                 StaffDirectory staff, MessageSource messages, List<PageSection<RequestView>> sections, RequestLinks links) {
        this.links = links;
        this.forms = forms;
        this.desk = desk;
        this.required = required;
        this.clients = clients;
        this.staff = staff;
        this.messages = messages;
        this.sections = sections;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("channels", Channel.values());
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String intakeForm(@RequestParam(required = false) String clientId, Model model) {
        Client client = TypedId.tryParse(ClientId.class, clientId).flatMap(clients::find).orElse(null);
        model.addAttribute("form", new RequestRegistration(Channel.PHONE, client == null ? "" : client.name(),
                client == null ? "" : client.id().text(), new RequestRegistration.Contact("", "", "", "", ""), "", "", false, "", null));
        model.addAttribute("consultants", staff.consultants());
        model.addAttribute("formKey", UUID.randomUUID());
        return "request/intake";
    }

    /**
     * Registers the call once per form (its one-time key), then sends the browser on to the
     * registered page, so a reload shows the number again and registers nothing.
     */
    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String register(@ModelAttribute("form") RequestRegistration form, BindingResult result,
                    @RequestParam(name = "formKey", required = false) String formKey, Model model) {
        UUID key = FormKeys.parse(formKey);
        FormIntake.FromForm registered = result.hasErrors() ? null : required.complete(form, result)
                .map(request -> FormErrors.attempt(result, () -> forms.registerOnce(key, request, Actor.current())))
                .orElse(null);
        if (registered == null) {
            model.addAttribute("consultants", staff.consultants());
            model.addAttribute("formKey", key);
            return "request/intake";
        }
        return "redirect:/requests/" + registered.request().id() + "/registered" + (registered.repeated() ? "?again" : "");
    }

    /** What to tell the caller; {@code again} when the form had been sent before and registered nothing new. */
    @GetMapping("/{id}/registered")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String registered(@PathVariable RequestId id, @RequestParam(required = false) String again, Model model) {
        model.addAttribute("registered", desk.get(id));
        model.addAttribute("again", again != null);
        return "request/registered";
    }

    /** Company and contact look-up while on the phone: a few letters find clients and their people. */
    @GetMapping("/lookup")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String lookup(@RequestParam(name = "companyName", required = false) String term, Model model) {
        List<Client> found = term == null || term.trim().length() < 2 ? List.of()
                : clients.search(term, PageOf.Request.of(0, 8)).items();
        model.addAttribute("matches", found.stream().map(c -> new LookupMatch(c, clients.contacts(c.id()))).toList());
        return "request/intake :: lookup";
    }

    record LookupMatch(Client client, List<Contact> contacts) {
    }

    @GetMapping("/{id}")
    String show(@PathVariable RequestId id, Model model) {
        RequestView request = desk.get(id);
        model.addAttribute("request", request);
        List<PageSection.View> conversation = PageSection.views(
                sections.stream().filter(TimelineSection.class::isInstance).toList(), request);
        model.addAttribute("timelineSections", conversation);
        model.addAttribute("timeline", conversation.isEmpty() ? desk.timeline(id) : List.of());
        ClientNotConfirmed notConfirmed = desk.clientNotConfirmed(id).orElse(null);
        model.addAttribute("notConfirmed", notConfirmed);
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", RequestRegistration.of(request, notConfirmed == null ? null : notConfirmed.companyAsTyped()));
        }
        model.addAttribute("correctable", correctable(request, Actor.current()));
        model.addAttribute("links", links.of(id));
        model.addAttribute("mergedInto", desk.mergedInto(id).orElse(null));
        model.addAttribute("mayLink", Actor.current().hasRole(Role.ADMINISTRATOR) || request.isAssigned(Actor.current().name()));
        model.addAttribute("consultants", staff.consultants());
        model.addAttribute("next", request.status().next());
        model.addAttribute("likelyNext", request.status().likelyNext());
        model.addAttribute("sections", PageSection.views(
                sections.stream().filter(s -> !(s instanceof TimelineSection)).toList(), request));
        return "request/show";
    }

    @PostMapping("/{id}/assignments")
    String assign(@PathVariable RequestId id, @RequestParam String consultant, @RequestParam AssignmentRole role,
                  RedirectAttributes redirect) {
        attempt(redirect, () -> desk.assign(id, consultant, role, Actor.current()));
        return "redirect:/requests/" + id;
    }

    @PostMapping("/{id}/assignments/{username}/delete")
    String unassign(@PathVariable RequestId id, @PathVariable String username, RedirectAttributes redirect) {
        attempt(redirect, () -> desk.unassign(id, username, Actor.current()));
        return "redirect:/requests/" + id;
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable RequestId id, @Valid StatusChange change, BindingResult result,
                        RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("actionError", messages.getMessage(result.getAllErrors().get(0),
                    LocaleContextHolder.getLocale()));
        } else {
            attempt(redirect, () -> desk.changeStatus(id, change.status(), change.note(), Actor.current()));
        }
        return "redirect:/requests/" + id;
    }

    /** What of the request this person may correct on its page: all of it, the text only (its lead), or nothing. */
    private static String correctable(RequestView request, Actor actor) {
        if (request.status() == RequestStatus.CLOSED || request.status() == RequestStatus.AWAITING_INFORMATION) {
            return null;
        }
        return actor.hasRole(Role.ADMINISTRATOR) ? "ALL" : request.lead().filter(actor.name()::equals).map(lead -> "TEXT").orElse(null);
    }

    /** A refused change comes back to the request page as a message in the user's language. */
    private void attempt(RedirectAttributes redirect, Runnable action) {
        FormErrors.refusal(messages, action).ifPresent(message -> redirect.addFlashAttribute("actionError", message));
    }
}
