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
import java.math.BigInteger;
import java.util.Locale;

/** An IBAN (ISO 13616): country, two check digits that make it 1 modulo 97, the account. Spaces are allowed. */
@Documented
@Constraint(validatedBy = ValidIban.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface ValidIban {

    String message() default "{seller.iban}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidIban, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || isIban(value);
        }

        static boolean isIban(String text) {
            String iban = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
                return false;
            }
            StringBuilder digits = new StringBuilder();
            for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
                digits.append(Character.digit(c, 36));
            }
            return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
        }
    }
}
