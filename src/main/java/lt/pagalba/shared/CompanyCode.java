package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Lithuanian legal entity code (juridinio asmens kodas): nine digits. Written as its text in JSON. */
public record CompanyCode(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CompanyCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A company code has 9 digits: " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && text.matches("\\d{9}");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
