package lt.pagalba.statement;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * When a client asked for statements: an ISO date-time with offset (the API), or a local date-time
 * in Vilnius (the page's datetime-local field); not before {@link StatementRules#EARLIEST} and not in
 * the future. Blank is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidRequestTime.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface ValidRequestTime {

    String message() default "{statement.subscription.requestedAt.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidRequestTime, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Optional<OffsetDateTime> at = SubscriptionForm.time(value);
            if (at.isEmpty()) {
                return false;
            }
            if (at.get().isBefore(StatementRules.earliestTime())) {
                return refuse(context.unwrap(HibernateConstraintValidatorContext.class)
                        .addMessageParameter("0", StatementRules.EARLIEST), "{validation.date.tooEarly}");
            }
            // a few minutes' grace for a clock that runs ahead of the server's
            return !at.get().isAfter(OffsetDateTime.now().plusMinutes(5))
                    || refuse(context, "{statement.subscription.requestedAtFuture}");
        }

        private static boolean refuse(ConstraintValidatorContext context, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
