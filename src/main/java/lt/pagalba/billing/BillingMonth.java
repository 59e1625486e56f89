package lt.pagalba.billing;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import lt.pagalba.shared.Period;
import lt.pagalba.shared.PeriodLength;

/** A calendar month as a billing run names it ({@code 2026-10}, B6). Blank is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = BillingMonth.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface BillingMonth {

    String message() default "{billing.period.month}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BillingMonth, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Period.isValid(value) && Period.parse(value).length() == PeriodLength.MONTH;
        }
    }
}
