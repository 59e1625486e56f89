package lt.pagalba.contract;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import lt.pagalba.shared.ClientId;
import lt.pagalba.shared.ContractId;
import lt.pagalba.shared.JsonMergePatch;
import lt.pagalba.shared.PageOf;
import lt.pagalba.shared.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/clients/{clientId}/contracts")
class ContractApi {

    private static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'ACCOUNTANT')";

    private final ContractBook contracts;
    private final JsonMapper json;
    private final Validator validator;

    ContractApi(ContractBook contracts, JsonMapper json, Validator validator) {
        this.contracts = contracts;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MANAGERS)
    Contract create(@PathVariable ClientId clientId, @Valid @RequestBody ContractForm form) {
        return contracts.create(clientId, form.toTerms());
    }

    @GetMapping
    PageOf<Contract> list(@PathVariable ClientId clientId) {
        return PageOf.all(contracts.ofClient(clientId));
    }

    @GetMapping("/{id}")
    Contract get(@PathVariable ClientId clientId, @PathVariable ContractId id) {
        return contracts.get(clientId, id);
    }

    /** Merge patch; ending a contract is {@code {"validTo": "2026-12-31"}}. */
    @PatchMapping("/{id}")
    @PreAuthorize(MANAGERS)
    Contract update(@PathVariable ClientId clientId, @PathVariable ContractId id, @RequestBody JsonNode patch) {
        ContractForm current = ContractForm.of(contracts.get(clientId, id));
        ContractForm form = JsonMergePatch.apply(json, current, patch, ContractForm.class);
        return contracts.update(clientId, id, Validation.check(validator, form).toTerms());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(MANAGERS)
    void delete(@PathVariable ClientId clientId, @PathVariable ContractId id) {
        contracts.delete(clientId, id);
    }
}
