package lt.pagalba.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import lt.pagalba.shared.EmailAddress;
import lt.pagalba.shared.FieldProblem;
import lt.pagalba.shared.InvalidInputException;
import lt.pagalba.shared.ValidEmail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A contact person's data, exported as JSON or erased, by an administrator (docs/personal-data.md). */
@RestController
@RequestMapping("/api/v1/personal-data")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class PersonalDataApi {

    /** Whose data to erase. */
    record ErasureOrder(@NotBlank @ValidEmail String email) {
    }

    private final PersonalDataDesk desk;

    PersonalDataApi(PersonalDataDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    PersonalDataDesk.Export export(@RequestParam String email) {
        return desk.export(EmailAddress.parse(email)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.invalid("email", "ValidEmail"))));
    }

    @PostMapping("/erasure")
    PersonalDataDesk.Erasure erase(@Valid @RequestBody ErasureOrder order) {
        return desk.erase(new EmailAddress(order.email().trim()));
    }
}
