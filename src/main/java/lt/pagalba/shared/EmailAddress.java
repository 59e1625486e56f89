package lt.pagalba.shared;

import java.util.regex.Pattern;

/**
 * An e-mail address as mail servers accept it: a local part, {@code @}, and a domain with at least
 * one dot. Stored as given, compared without case.
 */
public record EmailAddress(String value) {

    // the WHATWG (HTML) definition of a valid e-mail address, plus a dot in the domain
    private static final Pattern VALID = Pattern.compile(
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an e-mail address: " + value);
        }
        value = value.trim();
    }

    public static boolean isValid(String text) {
        return text != null && text.trim().length() <= 254 && VALID.matcher(text.trim()).matches()
                && !text.contains("..");
    }

    @Override
    public String toString() {
        return value;
    }
}
