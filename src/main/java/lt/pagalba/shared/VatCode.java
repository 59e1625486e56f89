package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Lithuanian VAT payer code (PVM mokėtojo kodas): {@code LT} and 9 or 12 digits. Written as its text in JSON. */
public record VatCode(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public VatCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A VAT code is LT and 9 or 12 digits: " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && text.matches("LT(\\d{9}|\\d{12})");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
