package lt.pagalba.staff;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

@RestController
@RequestMapping("/api/v1/staff")
class StaffApi {

    private static final String SELF_OR_ADMIN = "hasRole('ADMINISTRATOR') or #username == authentication.name";

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
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    StaffMember create(@Valid @RequestBody StaffForm form) {
        return staff.create(form);
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
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    StaffMember update(@PathVariable String username, @RequestBody JsonNode patch) {
        StaffUpdate update = JsonMergePatch.apply(json, StaffUpdate.of(staff.get(username)), patch, StaffUpdate.class);
        Validation.check(validator, update);
        return staff.update(username, update);
    }

    record Availability(@NotNull Boolean available) {
    }

    @PutMapping("/{username}/availability")
    @PreAuthorize(SELF_OR_ADMIN)
    StaffMember availability(@PathVariable String username, @Valid @RequestBody Availability body) {
        return staff.setAvailability(username, body.available());
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name) {
    }

    @PostMapping("/{username}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SELF_OR_ADMIN)
    ApiToken createToken(@PathVariable String username, @Valid @RequestBody TokenRequest body) {
        return tokens.create(username, body.name());
    }

    @GetMapping("/{username}/tokens")
    @PreAuthorize(SELF_OR_ADMIN)
    PageOf<ApiToken> listTokens(@PathVariable String username) {
        return PageOf.all(tokens.list(username));
    }

    @DeleteMapping("/{username}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(SELF_OR_ADMIN)
    void revokeToken(@PathVariable String username, @PathVariable String id) {
        tokens.revoke(username, id);
    }
}
