package lt.pagalba.client;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContactId;
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

/** Clients and contacts for integrations; a body is checked by its annotations, then typed once. */
@RestController
@RequestMapping("/api/v1/clients")
class ClientApi {

    private static final List<String> ADDRESS_PARTS = List.of("street", "city", "postcode", "country");

    private final ClientDirectory clients;
    private final ClientRegistry registry;
    private final Contacts contacts;
    private final ClientDetails details;
    private final JsonMapper json;
    private final Validator validator;

    ClientApi(ClientDirectory clients, ClientRegistry registry, Contacts contacts, ClientDetails details,
              JsonMapper json, Validator validator) {
        this.clients = clients;
        this.registry = registry;
        this.contacts = contacts;
        this.details = details;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ClientAccessRules.MANAGERS)
    Map<String, Object> create(@Valid @RequestBody ClientForm form) {
        return details.of(registry.create(form.toCommand()).id());
    }

    @GetMapping
    PageOf<Client> search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return clients.search(q, PageOf.Request.of(page, size));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable ClientId id) {
        return details.of(id);
    }

    @PatchMapping("/{id}")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    Map<String, Object> update(@PathVariable ClientId id, @RequestBody JsonNode patch) {
        ClientForm form = JsonMergePatch.apply(json, ClientForm.of(clients.get(id)), patch, ClientForm.class);
        if (namesOnlyTheOneLineAddress(patch)) {
            form = form.withAddressOnly();
        }
        registry.update(id, Validation.check(validator, form).toCommand());
        return details.of(id);
    }

    /** A change of the address as one line replaces its parts (it is read into them again). */
    private static boolean namesOnlyTheOneLineAddress(JsonNode patch) {
        return patch.has("address") && ADDRESS_PARTS.stream().noneMatch(patch::has);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ClientAccessRules.MANAGERS)
    Contact addContact(@PathVariable ClientId id, @Valid @RequestBody ContactForm form) {
        return registry.addContact(id, form.toCommand());
    }

    @GetMapping("/{id}/contacts")
    PageOf<Contact> contacts(@PathVariable ClientId id) {
        return PageOf.all(clients.contacts(id));
    }

    @GetMapping("/{id}/contacts/{contactId}")
    Contact contact(@PathVariable ClientId id, @PathVariable ContactId contactId) {
        clients.get(id);
        return contacts.get(id, contactId);
    }

    @PatchMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(ClientAccessRules.MANAGERS)
    Contact updateContact(@PathVariable ClientId id, @PathVariable ContactId contactId, @RequestBody JsonNode patch) {
        clients.get(id);
        ContactForm current = ContactForm.of(contacts.get(id, contactId));
        ContactForm form = JsonMergePatch.apply(json, current, patch, ContactForm.class);
        return registry.updateContact(id, contactId, Validation.check(validator, form).toCommand());
    }
}
