package lt.pagalba.client;

import jakarta.validation.Valid;
import java.util.List;
import lt.pagalba.audit.AuditTrail;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;
import lt.pagalba.shared.FormErrors;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.PageSection;
import lt.pagalba.shared.PeriodLength;
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

/** The client pages; a form is checked by its annotations, then typed once, as in the API. */
@Controller
@RequestMapping("/clients")
class ClientPages {

    private static final int HISTORY = 100;

    private final ClientDirectory clients;
    private final ClientRegistry registry;
    private final Contacts contacts;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final List<PageSection<Client>> sections;

    ClientPages(ClientDirectory clients, ClientRegistry registry, Contacts contacts, StaffDirectory staff,
                AuditTrail audit, List<PageSection<Client>> sections) {
        this.clients = clients;
        this.registry = registry;
        this.contacts = contacts;
        this.staff = staff;
        this.audit = audit;
        this.sections = sections;
    }

    @ModelAttribute("periods")
    PeriodLength[] periods() {
        return PeriodLength.values();
    }

    /** The list; a search typed in the box (htmx) re-renders only the results. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("result", clients.search(q, PageOf.Request.of(page, 25)));
        return htmx != null ? "client/list :: results" : "client/list";
    }

    @GetMapping("/new")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    String newForm(Model model) {
        model.addAttribute("form", ClientForm.blank());
        model.addAttribute("consultants", staff.consultants());
        return "client/form";
    }

    @PostMapping("/new")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    String create(@Valid @ModelAttribute("form") ClientForm form, BindingResult result, Model model) {
        Client created = result.hasErrors() ? null : FormErrors.attempt(result, () -> registry.create(form.toCommand()));
        if (created == null) {
            model.addAttribute("consultants", staff.consultants());
            return "client/form";
        }
        return "redirect:/clients/" + created.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable ClientId id, Model model) {
        model.addAttribute("contactForm", ContactForm.blank());
        return show(clients.get(id), model);
    }

    private String show(Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("contacts", clients.contacts(client.id()));
        model.addAttribute("consultant", staff.find(client.permanentConsultant()).orElse(null));
        model.addAttribute("sections", PageSection.views(sections, client));
        model.addAttribute("history", audit.historyOf(client.id(), HISTORY));
        return "client/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    String editForm(@PathVariable ClientId id, Model model) {
        Client client = clients.get(id);
        model.addAttribute("client", client);
        model.addAttribute("form", ClientForm.of(client));
        model.addAttribute("consultants", staff.consultants());
        return "client/form";
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    String update(@PathVariable ClientId id, @Valid @ModelAttribute("form") ClientForm form, BindingResult result,
                  Model model) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> registry.update(id, form.toCommand())) == null) {
            model.addAttribute("client", clients.get(id));
            model.addAttribute("consultants", staff.consultants());
            return "client/form";
        }
        return "redirect:/clients/" + id;
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    String addContact(@PathVariable ClientId id, @Valid @ModelAttribute("contactForm") ContactForm form,
                      BindingResult result, Model model) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> registry.addContact(id, form.toCommand())) == null) {
            return show(clients.get(id), model);
        }
        return "redirect:/clients/" + id + "#contacts";
    }

    @GetMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    String editContact(@PathVariable ClientId id, @PathVariable ContactId contactId, Model model) {
        Contact contact = contactOf(id, contactId, model);
        model.addAttribute("contactForm", ContactForm.of(contact));
        return "client/contact";
    }

    @PostMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    String updateContact(@PathVariable ClientId id, @PathVariable ContactId contactId,
                         @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model) {
        if (result.hasErrors()
                || FormErrors.attempt(result, () -> registry.updateContact(id, contactId, form.toCommand())) == null) {
            contactOf(id, contactId, model);
            return "client/contact";
        }
        return "redirect:/clients/" + id + "#contacts";
    }

    private Contact contactOf(ClientId id, ContactId contactId, Model model) {
        model.addAttribute("client", clients.get(id));
        Contact contact = contacts.get(id, contactId);
        model.addAttribute("contact", contact);
        return contact;
    }
}
