package lt.pagalba.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal beside the fields of the form that caused it, in the user's language. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Runs the action; a refusal (invalid input or a conflict) comes back as the message to show
     * the user, in their language, and no refusal as an empty result.
     */
    public static Optional<String> refusal(MessageSource messages, Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (InvalidInputException e) {
            FieldProblem problem = e.problems().get(0);
            return Optional.of(text(messages, problem.messageKey(), problem.arguments()));
        } catch (ConflictException e) {
            return Optional.of(text(messages, e.messageKey(), e.arguments()));
        }
    }

    private static String text(MessageSource messages, String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /**
     * Before a form is shown again after a post. When a value could not be converted at all (a day of
     * the week that is none), Spring's binding result holds no form and the page would have nothing to
     * show; it then shows {@code fallback} (what is stored) with the post's errors beside its fields.
     */
    public static void keepShowable(BindingResult result, Object fallback, Model model) {
        if (result.getTarget() != null) {
            return;
        }
        BindingResult rebound = new BeanPropertyBindingResult(fallback, result.getObjectName());
        rebound.addAllErrors(result);
        model.addAttribute(result.getObjectName(), fallback);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), rebound);
    }

    /** Runs the action; a refusal of the input becomes form errors and the result is null. */
    public static <T> T attempt(BindingResult result, Supplier<T> action) {
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
