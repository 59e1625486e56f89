package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A Lithuanian legal entity code (juridinio asmens kodas): nine digits, the last one the weighted
 * modulus-11 check digit of the others. Spaces typed inside it are dropped ({@code 304 123 455}).
 * Written as its text in JSON.
 */
public record CompanyCode(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CompanyCode {
        value = normalised(value);
        if (!hasValidShape(value)) {
            throw new IllegalArgumentException("A company code has 9 digits, the last its check digit: " + value);
        }
    }

    public static boolean isValid(String text) {
        return hasValidShape(normalised(text));
    }

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    /** Nine digits written with spaces are the same nine digits. */
    static String normalised(String text) {
        return text == null ? null : text.replaceAll("\\s", "");
    }

    private static boolean hasValidShape(String text) {
        return text != null && NINE_DIGITS.matcher(text).matches() && CheckDigits.valid(text);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
