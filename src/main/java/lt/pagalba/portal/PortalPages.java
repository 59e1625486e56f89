package lt.pagalba.portal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.client.Contact;
import lt.pagalba.conversation.ClientConversation;
import lt.pagalba.request.Channel;
import lt.pagalba.request.RequestDesk;
import lt.pagalba.request.RequestFilter;
import lt.pagalba.request.RequestIntake;
import lt.pagalba.request.RequestRegistration;
import lt.pagalba.request.RequestView;
import lt.pagalba.request.RequiredInformation;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.PageOf;
import lt.pagalba.staff.StaffDirectory;
import lt.pagalba.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The company's requests: the list (the portal's home) and a new request with the company and the
 * contact filled in from the session (R2).
 */
@Controller
@RequestMapping("/portal")
class PortalPages {

    private final RequestDesk desk;
    private final RequestIntake intake;
    private final RequiredInformation required;
    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final ClientConversation conversation;

    PortalPages(RequestDesk desk, RequestIntake intake, RequiredInformation required, ClientDirectory clients,
                StaffDirectory staff, ClientConversation conversation) {
        this.desk = desk;
        this.intake = intake;
        this.required = required;
        this.clients = clients;
        this.staff = staff;
        this.conversation = conversation;
    }

    /** The login page for a stranger; the company's requests, newest first, each with its last public activity, for a contact. */
    @GetMapping
    String home(PortalUser user, @RequestParam(required = false) Integer page, Model model) {
        if (user == null) {
            return "portal/login";
        }
        Client client = clients.get(user.clientId());
        RequestFilter ofClient = new RequestFilter(client.id(), null, null, null, null, false, null, null, null, false);
        PageOf<RequestView> requests = desk.search(ofClient, PageOf.Request.of(page, 20));
        model.addAttribute("client", client);
        model.addAttribute("requests", requests);
        model.addAttribute("leads", leadNames(requests.items()));
        Map<String, OffsetDateTime> activity = new HashMap<>();
        conversation.lastActivity(requests.items()).forEach((id, at) -> activity.put(id.text(), at));
        model.addAttribute("activity", activity);
        return "portal/home";
    }

    @GetMapping("/requests/new")
    String newRequest(PortalUser user, Model model) {
        RequestRegistration form = registration(user, "", "", false, null, null);
        model.addAttribute("form", form);
        return newRequestPage(form, model);
    }

    @PostMapping("/requests/new")
    String register(PortalUser user, @ModelAttribute("form") RequestRegistration form, BindingResult result, Model model) {
        RequestRegistration.Contact given = form.contact();
        // the company and the person are the session's, whatever the form says
        RequestRegistration web = registration(user, form.summary(), form.description(), form.isUrgent(),
                given.position(), given.phone());
        RequestView registered = result.hasErrors() ? null : required.complete(web, result)
                .map(checked -> FormErrors.attempt(result, () -> intake.register(checked, user.actor()))).orElse(null);
        if (registered == null) {
            return newRequestPage(web, model); // the form as sent stays the model, with its errors
        }
        return "redirect:/portal/requests/" + registered.number() + "?registered";
    }

    private static String newRequestPage(RequestRegistration filled, Model model) {
        model.addAttribute("companyName", filled.companyName());
        model.addAttribute("personName", filled.contact().firstName() + " " + filled.contact().lastName());
        return "portal/new-request";
    }

    private RequestRegistration registration(PortalUser user, String summary, String description, boolean urgent,
                                             String position, String phone) {
        Client client = clients.get(user.clientId());
        Contact me = clients.findContact(user.clientId(), user.contactId()).orElseThrow();
        return new RequestRegistration(Channel.WEB, client.name(), client.id().text(), new RequestRegistration.Contact(
                me.firstName(), me.lastName(), position != null ? position : Optional.ofNullable(me.position()).orElse(""),
                phone != null ? phone : me.phone() == null ? "" : me.phone().e164(), me.email().value()),
                summary, description, urgent, null, null);
    }

    /** The leads' names by username, one look-up each of the few on a page. */
    private Map<String, String> leadNames(List<RequestView> requests) {
        return requests.stream().flatMap(r -> r.lead().stream()).distinct()
                .flatMap(u -> staff.find(u).stream()).collect(Collectors.toMap(StaffMember::username,
                        StaffMember::fullName));
    }
}
