package lt.pagalba.shared;

/** A Lithuanian VAT payer code (PVM mokėtojo kodas): {@code LT} and 9 or 12 digits. */
public record VatCode(String value) {

    public VatCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A VAT code is LT and 9 or 12 digits: " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && text.matches("LT(\\d{9}|\\d{12})");
    }
}
