package lt.pagalba.request;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A time that has come, give or take the few minutes by which the caller's clock may be ahead of
 * ours. Nothing given is fine.
 */
@Documented
@Constraint(validatedBy = NotInFuture.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface NotInFuture {

    String message() default "{request.receivedAt.future}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NotInFuture, OffsetDateTime> {

        private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(OffsetDateTime.now().plus(CLOCK_SKEW));
        }
    }
}
