package lt.pagalba.shared;

import org.springframework.validation.BindingResult;

/** Puts a service's refusal beside the fields of the form that caused it, in the user's language. */
public final class FormErrors {

    private FormErrors() {
    }

    /** Runs the action; a refusal of the input becomes form errors and the result is null. */
    public static <T> T attempt(BindingResult result, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                if (problem.field().isEmpty()) {
                    result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
                } else {
                    result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
                }
            }
        } catch (ConflictException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
        return null;
    }
}
