package lt.pagalba.shared;

/** A Lithuanian legal entity code (juridinio asmens kodas): nine digits. */
public record CompanyCode(String value) {

    public CompanyCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A company code has 9 digits: " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && text.matches("\\d{9}");
    }
}
