package lt.pagalba.client;

import jakarta.validation.Valid;
import java.util.List;
import lt.pagalba.audit.AuditTrail;
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

@Controller
@RequestMapping("/clients")
class ClientPages {

    private static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')";
    private static final int HISTORY = 100;

    private final ClientDirectory clients;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final List<PageSection<Client>> sections;

    ClientPages(ClientDirectory clients, StaffDirectory staff, AuditTrail audit, List<PageSection<Client>> sections) {
        this.clients = clients;
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
    @PreAuthorize(MANAGERS)
    String newForm(Model model) {
        model.addAttribute("form", new ClientForm("", "", "", "", "", "",
                new ClientForm.Billing(PeriodLength.MONTH, "", "", 1, 0), null, "lt", ClientForm.DEFAULT_PAYMENT_TERM_DAYS));
        model.addAttribute("consultants", staff.consultants());
        return "client/form";
    }

    @PostMapping("/new")
    @PreAuthorize(MANAGERS)
    String create(@Valid @ModelAttribute("form") ClientForm form, BindingResult result, Model model) {
        Client created = result.hasErrors() ? null : FormErrors.attempt(result, () -> clients.create(form));
        if (created == null) {
            model.addAttribute("consultants", staff.consultants());
            return "client/form";
        }
        return "redirect:/clients/" + created.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        Client client = clients.get(id);
        model.addAttribute("contactForm", new ContactForm("", "", "", "", ""));
        return show(client, model);
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
    @PreAuthorize(MANAGERS)
    String editForm(@PathVariable String id, Model model) {
        model.addAttribute("client", clients.get(id));
        model.addAttribute("form", clients.formOf(id));
        model.addAttribute("consultants", staff.consultants());
        return "client/form";
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(MANAGERS)
    String update(@PathVariable String id, @Valid @ModelAttribute("form") ClientForm form, BindingResult result,
                  Model model) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> clients.update(id, form)) == null) {
            model.addAttribute("client", clients.get(id));
            model.addAttribute("consultants", staff.consultants());
            return "client/form";
        }
        return "redirect:/clients/" + id;
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize(MANAGERS)
    String addContact(@PathVariable String id, @Valid @ModelAttribute("contactForm") ContactForm form,
                      BindingResult result, Model model) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> clients.addContact(id, form)) == null) {
            return show(clients.get(id), model);
        }
        return "redirect:/clients/" + id + "#contacts";
    }

    @GetMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(MANAGERS)
    String editContact(@PathVariable String id, @PathVariable String contactId, Model model) {
        model.addAttribute("client", clients.get(id));
        model.addAttribute("contact", clients.contact(id, contactId));
        model.addAttribute("contactForm", clients.contactFormOf(id, contactId));
        return "client/contact";
    }

    @PostMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(MANAGERS)
    String updateContact(@PathVariable String id, @PathVariable String contactId,
                         @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model) {
        if (result.hasErrors() || FormErrors.attempt(result, () -> clients.updateContact(id, contactId, form)) == null) {
            model.addAttribute("client", clients.get(id));
            model.addAttribute("contact", clients.contact(id, contactId));
            return "client/contact";
        }
        return "redirect:/clients/" + id + "#contacts";
    }
}
