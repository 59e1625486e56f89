package lt.pagalba.client;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.JsonMergePatch;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/clients")
class ClientApi {

    private static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')";

    private final ClientDirectory clients;
    private final ClientDetails details;
    private final JsonMapper json;
    private final Validator validator;

    ClientApi(ClientDirectory clients, ClientDetails details, JsonMapper json, Validator validator) {
        this.clients = clients;
        this.details = details;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    Map<String, Object> create(@Valid @RequestBody ClientForm form) {
        return details.of(clients.create(form).id());
    }

    @GetMapping
    PageOf<Client> search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return clients.search(q, PageOf.Request.of(page, size));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return details.of(id);
    }

    @PatchMapping("/{id}")
    @PreAuthorize(MANAGERS)
    Map<String, Object> update(@PathVariable String id, @RequestBody JsonNode patch) {
        ClientForm form = JsonMergePatch.apply(json, clients.formOf(id), patch, ClientForm.class);
        clients.update(id, Validation.check(validator, form));
        return details.of(id);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    Contact addContact(@PathVariable String id, @Valid @RequestBody ContactForm form) {
        return clients.addContact(id, form);
    }

    @GetMapping("/{id}/contacts")
    PageOf<Contact> contacts(@PathVariable String id) {
        List<Contact> contacts = clients.contacts(id);
        return PageOf.all(contacts);
    }

    @GetMapping("/{id}/contacts/{contactId}")
    Contact contact(@PathVariable String id, @PathVariable String contactId) {
        return clients.contact(id, contactId);
    }

    @PatchMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(MANAGERS)
    Contact updateContact(@PathVariable String id, @PathVariable String contactId, @RequestBody JsonNode patch) {
        ContactForm form = JsonMergePatch.apply(json, clients.contactFormOf(id, contactId), patch, ContactForm.class);
        return clients.updateContact(id, contactId, Validation.check(validator, form));
    }
}
