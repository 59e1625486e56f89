package lt.pagalba.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Optional;

/**
 * A phone number in E.164 form ({@code +37052780670}). Numbers written the Lithuanian way
 * ({@code 8 5 278 0670}, {@code (8 5) 278 0670}, {@code 867301937}) are read with Lithuania as the
 * default region.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "LT";

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("Not an E.164 phone number: " + e164);
        }
    }

    /** Parsing is costly and the same numbers come again and again (every request of a contact). */
    private static final com.github.benmanes.caffeine.cache.Cache<String, Optional<PhoneNumber>> PARSED =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        return PARSED.get(text, PhoneNumber::parseUncached);
    }

    private static Optional<PhoneNumber> parseUncached(String text) {
        try {
            var number = UTIL.parse(text.trim(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public static PhoneNumber of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a phone number: " + text));
    }

    /** Normalises an optional phone number: blank stays null. */
    public static String normalise(String text) {
        return text == null || text.isBlank() ? null : of(text).e164();
    }

    @Override
    public String toString() {
        return e164;
    }
}
