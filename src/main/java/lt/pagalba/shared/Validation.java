package lt.pagalba.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** Checks an input built outside Spring's binding (a merged patch, say) by the same annotations. */
public final class Validation {

    private Validation() {
    }

    public static <T> T check(Validator validator, T input) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
