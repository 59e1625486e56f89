package lt.pagalba.staff;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import lt.pagalba.shared.ApiTokenId;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff, their duty and their API tokens for integrations; a body is checked by its annotations, then typed once. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffApi {

    private final StaffDirectory staff;
    private final ApiTokens tokens;
    private final JsonMapper json;
    private final Validator validator;

    StaffApi(StaffDirectory staff, ApiTokens tokens, JsonMapper json, Validator validator) {
        this.staff = staff;
        this.tokens = tokens;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(StaffAccessRules.ADMINISTRATOR)
    StaffMember create(@Valid @RequestBody StaffForm form) {
        return staff.create(form.toCommand());
    }

    @GetMapping
    PageOf<StaffMember> list() {
        return PageOf.all(staff.all());
    }

    @GetMapping("/{username}")
    StaffMember get(@PathVariable String username) {
        return staff.get(username);
    }

    @PatchMapping("/{username}")
    @PreAuthorize(StaffAccessRules.ADMINISTRATOR)
    StaffMember update(@PathVariable String username, @RequestBody JsonNode patch) {
        StaffUpdate update = JsonMergePatch.apply(json, StaffUpdate.of(staff.get(username)), patch, StaffUpdate.class);
        return staff.update(username, Validation.check(validator, update).toCommand());
    }

    record Availability(@NotNull Boolean available) {
    }

    @PutMapping("/{username}/availability")
    @PreAuthorize(StaffAccessRules.SELF_OR_ADMINISTRATOR)
    StaffMember availability(@PathVariable String username, @Valid @RequestBody Availability body) {
        return staff.setAvailability(username, body.available());
    }

    @PostMapping("/{username}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(StaffAccessRules.SELF_OR_ADMINISTRATOR)
    ApiToken createToken(@PathVariable String username, @Valid @RequestBody TokenForm body) {
        return tokens.create(username, body.name());
    }

    @GetMapping("/{username}/tokens")
    @PreAuthorize(StaffAccessRules.SELF_OR_ADMINISTRATOR)
    PageOf<ApiToken> listTokens(@PathVariable String username) {
        return PageOf.all(tokens.list(username));
    }

    @DeleteMapping("/{username}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(StaffAccessRules.SELF_OR_ADMINISTRATOR)
    void revokeToken(@PathVariable String username, @PathVariable ApiTokenId id) {
        tokens.revoke(username, id);
    }
}
