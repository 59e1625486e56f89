package lt.pagalba.request;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import lt.pagalba.client.Client;
import lt.pagalba.client.ClientDirectory;
import lt.pagalba.shared.Actor;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.Text;
import lt.pagalba.shared.TypedId;
import lt.pagalba.staff.StaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registration journal, the phone intake page and the request page. */
@Controller
@RequestMapping("/requests")
class RequestPages {

    private final RequestIntake intake;
    private final RequestDesk desk;
    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final org.springframework.context.MessageSource messages;
    private final List<PageSection<RequestView>> sections;

    RequestPages(RequestIntake intake, RequestDesk desk, ClientDirectory clients, StaffDirectory staff,
                 org.springframework.context.MessageSource messages, List<PageSection<RequestView>> sections) {
        this.sections = sections;
        this.intake = intake;
        this.desk = desk;
        this.clients = clients;
        this.staff = staff;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("channels", Channel.values());
    }

    /** The journal; the filter form re-renders only the results when sent by htmx. */
    @GetMapping
    String journal(@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Channel channel,
                   @RequestParam(required = false) String clientId, @RequestParam(required = false) String consultant,
                   @RequestParam(required = false) Boolean urgent, @RequestParam(required = false) LocalDate from,
                   @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q,
                   @RequestParam(required = false) Integer page,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        UUID client = TypedId.tryParse(ClientId.class, clientId).flatMap(clients::find).map(c -> c.id().value()).orElse(null);
        var filter = new RequestFilter(client, status == null ? null : EnumSet.of(status), channel,
                Boolean.TRUE.equals(urgent) ? Boolean.TRUE : null, Text.blankToNull(consultant), false, from, to, q, false);
        model.addAttribute("result", desk.search(filter, PageOf.Request.of(page, 25)));
        model.addAttribute("filter", filter);
        model.addAttribute("client", client == null ? null : clients.get(new ClientId(client)));
        model.addAttribute("consultants", staff.consultants());
        return htmx != null ? "request/journal :: results" : "request/journal";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String intakeForm(@RequestParam(required = false) String clientId, Model model) {
        Client client = TypedId.tryParse(ClientId.class, clientId).flatMap(clients::find).orElse(null);
        model.addAttribute("form", new RequestRegistration(Channel.PHONE, client == null ? "" : client.name(),
                client == null ? "" : client.id().text(), new RequestRegistration.Contact("", "", "", "", ""), "", "", false, "", null));
        model.addAttribute("consultants", staff.consultants());
        return "request/intake";
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String register(@ModelAttribute("form") RequestRegistration form, BindingResult result, Model model) {
        RequestView registered = result.hasErrors() ? null
                : FormErrors.attempt(result, () -> intake.register(form, Actor.current()));
        if (registered == null) {
            model.addAttribute("consultants", staff.consultants());
            return "request/intake";
        }
        model.addAttribute("registered", registered);
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

    record LookupMatch(Client client, List<lt.pagalba.client.Contact> contacts) {
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        RequestView request = desk.get(id);
        model.addAttribute("request", request);
        model.addAttribute("timeline", desk.timeline(id));
        model.addAttribute("consultants", staff.consultants());
        model.addAttribute("next", request.status().next());
        model.addAttribute("sections", PageSection.views(sections, request));
        return "request/show";
    }

    @PostMapping("/{id}/assignments")
    String assign(@PathVariable String id, @RequestParam String consultant, @RequestParam AssignmentRole role,
                  RedirectAttributes redirect) {
        attempt(redirect, () -> desk.assign(id, consultant, role, Actor.current()));
        return "redirect:/requests/" + id;
    }

    @PostMapping("/{id}/assignments/{username}/delete")
    String unassign(@PathVariable String id, @PathVariable String username, RedirectAttributes redirect) {
        attempt(redirect, () -> desk.unassign(id, username, Actor.current()));
        return "redirect:/requests/" + id;
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam RequestStatus status,
                        @RequestParam(required = false) String note, RedirectAttributes redirect) {
        attempt(redirect, () -> desk.changeStatus(id, status, note, Actor.current()));
        return "redirect:/requests/" + id;
    }

    /** A refused change comes back to the request page as a message in the user's language. */
    private void attempt(RedirectAttributes redirect, Runnable action) {
        FormErrors.refusal(messages, action).ifPresent(message -> redirect.addFlashAttribute("actionError", message));
    }

}
