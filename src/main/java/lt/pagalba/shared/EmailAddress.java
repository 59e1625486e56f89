package lt.pagalba.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as mail servers accept it: a local part, {@code @}, and a domain with at least
 * one dot. Kept as given (without surrounding spaces), compared without case. Written as its text in JSON.
 */
public record EmailAddress(String value) {

    // the WHATWG (HTML) definition of a valid e-mail address, plus a dot in the domain
    private static final Pattern VALID = Pattern.compile(
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    /** The address the text is, if it is one: for text from outside that may be anything (a mail's sender). */
    public static Optional<EmailAddress> parse(String text) {
        return isValid(text) ? Optional.of(new EmailAddress(text)) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress address && value.equalsIgnoreCase(address.value);
    }

    @Override
    public int hashCode() {
        return value.toLowerCase(Locale.ROOT).hashCode();
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
