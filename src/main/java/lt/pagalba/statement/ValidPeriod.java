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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import lt.pagalba.shared.Vilnius;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The days a statement covers ({@link StatementForm}): ISO dates, the end not before the start, at
 * most {@link StatementRules#MAX_DAYS} days, starting neither before {@link StatementRules#EARLIEST}
 * nor in the future. Each problem is told beside its field; blank ones are left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidPeriod.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidPeriod {

    String message() default "{statement.period.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPeriod, StatementForm> {

        @Override
        public boolean isValid(StatementForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            Optional<LocalDate> from = date(form.from(), "from", context);
            Optional<LocalDate> to = date(form.to(), "to", context);
            if (from.isEmpty() || to.isEmpty()) {
                // a blank day is @NotBlank's to tell; a day that is no date was told above
                return (isBlank(form.from()) || from.isPresent()) && (isBlank(form.to()) || to.isPresent());
            }
            return range(from.get(), to.get(), context.unwrap(HibernateConstraintValidatorContext.class));
        }

        private static boolean range(LocalDate from, LocalDate to, HibernateConstraintValidatorContext context) {
            if (to.isBefore(from)) {
                return refuse(context, "to", "{statement.period.order}");
            }
            if (ChronoUnit.DAYS.between(from, to) >= StatementRules.MAX_DAYS) {
                return refuse(context.addMessageParameter("0", StatementRules.MAX_DAYS), "to", "{statement.period.tooLong}");
            }
            if (from.isBefore(StatementRules.EARLIEST)) {
                return refuse(context.addMessageParameter("0", StatementRules.EARLIEST), "from", "{validation.date.tooEarly}");
            }
            return !from.isAfter(Vilnius.today()) || refuse(context, "from", "{statement.period.future}");
        }

        /** The day the text names; empty (and the field refused) when it names none, empty when blank. */
        private static Optional<LocalDate> date(String text, String field, ConstraintValidatorContext context) {
            if (isBlank(text)) {
                return Optional.empty();
            }
            Optional<LocalDate> day = StatementForm.day(text);
            if (day.isEmpty()) {
                refuse(context, field, "{statement.period.date}");
            }
            return day;
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }

        private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
